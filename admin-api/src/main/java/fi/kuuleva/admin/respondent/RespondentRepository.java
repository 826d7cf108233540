package fi.kuuleva.admin.respondent;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

/** Stores respondents; their status changes only through the dispatch store's claim and finish. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RespondentRepository extends CrudRepository<StoredRespondent, Long> {

    Optional<StoredRespondent> findByCampaignIdAndPhoneE164(long campaignId, String phoneE164);

    long countByCampaignIdAndStatus(long campaignId, RespondentStatus status);
}
