package fi.kuuleva.admin.campaign;

import fi.kuuleva.campaign.schedule.CampaignState;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Stores campaigns; which state changes are allowed is decided before {@link #update(long, CampaignState)} is called. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CampaignRepository extends CrudRepository<StoredCampaign, Long> {

    void update(@Id long id, CampaignState state);

    List<StoredCampaign> findByStateOrderByPriorityDesc(CampaignState state);

    @Query("SELECT * FROM campaigns ORDER BY id")
    List<StoredCampaign> findAllOrderById();

    /**
     * Completes the campaign if it is still RUNNING and nobody in it is pending or in a call; 1 if it did. Call it
     * with the campaign row locked ({@link #lockById}) so that the count sees a concurrent import or state change.
     */
    @Query("UPDATE campaigns c SET state = 'COMPLETED' WHERE c.id = :id AND c.state = 'RUNNING' AND NOT EXISTS"
            + " (SELECT 1 FROM respondents r WHERE r.campaign_id = c.id AND r.status IN ('PENDING', 'IN_CALL'))")
    int completeIfDone(long id);

    /** The campaign, locked until the transaction ends: waits for the dispatcher's claims in progress. */
    @Query("SELECT * FROM campaigns WHERE id = :id FOR UPDATE")
    Optional<StoredCampaign> lockById(long id);
}
