package fi.kuuleva.admin.respondent.imports;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Import records, and what an import reads of campaigns, respondents and the do-not-call list. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ImportRepository extends GenericRepository<StoredImport, Long> {

    StoredImport save(StoredImport stored);

    List<StoredImport> findByCampaignIdOrderByIdDesc(long campaignId);

    @Query("SELECT state FROM campaigns WHERE id = :campaignId")
    Optional<String> campaignState(long campaignId);

    /** Holds the campaign's row until the transaction ends, so imports into one campaign take turns. */
    @Query("SELECT state FROM campaigns WHERE id = :campaignId FOR UPDATE")
    Optional<String> lockCampaign(long campaignId);

    @Query("SELECT phone_e164 FROM respondents WHERE campaign_id = :campaignId AND phone_e164 IS NOT NULL")
    List<String> phonesIn(long campaignId);

    @Query("SELECT phone_e164 FROM do_not_call")
    List<String> doNotCall();
}
