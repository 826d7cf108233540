package fi.kuuleva.admin.privacy;

import fi.kuuleva.admin.respondent.StoredRespondent;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The SQL of erasure and retention. De-identifying a respondent removes the number, the register reference, the
 * birth year, the saved call states and the officers' call-back notes; the answers stay (open answers without their
 * transcript or recording), still linked to municipality, age band and language for the aggregates.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PrivacyRepository extends GenericRepository<StoredRespondent, Long> {

    String RECORDING_GONE = "(recording deleted)";

    @Query("SELECT id FROM respondents WHERE phone_e164 = :phone ORDER BY id FOR UPDATE")
    List<Long> lockByPhone(String phone);

    @Query("""
            SELECT r.id FROM respondents r JOIN campaigns c ON c.id = r.campaign_id
            WHERE c.ended_at < :endedBefore AND r.phone_e164 IS NOT NULL ORDER BY r.id FOR UPDATE OF r""")
    List<Long> lockNumbersOfCampaignsEndedBefore(Instant endedBefore);

    /** Deletes the call-back requests a caller to the survey number left by this number (not as a respondent). */
    @Query("DELETE FROM callback_requests WHERE respondent_id IS NULL AND caller_phone = :phone")
    int forgetCallerRequests(String phone);

    /** Deletes the call-back requests callers who were not respondents left about campaigns ended before then. */
    @Query("""
            DELETE FROM callback_requests c WHERE c.respondent_id IS NULL AND EXISTS (SELECT 1 FROM campaigns k
            WHERE k.id = c.campaign_id AND k.ended_at < :endedBefore)""")
    int forgetCallerRequestsOfCampaignsEndedBefore(Instant endedBefore);

    @Query("SELECT recording_path FROM answers WHERE respondent_id IN (:respondents) AND recording_path IS NOT NULL")
    List<String> recordingsOf(Collection<Long> respondents);

    @Query("SELECT recording_path FROM answers WHERE answered_at < :before AND recording_path IS NOT NULL")
    List<String> recordingsAnsweredBefore(Instant before);

    @Query("SELECT count(*) FROM answers WHERE respondent_id IN (:respondents)")
    long answersOf(Collection<Long> respondents);

    @Query("UPDATE answers SET transcript = NULL, recording_path = NULL,"
            + " value = CASE WHEN source = 'RECORDING' THEN '" + RECORDING_GONE + "' ELSE value END"
            + " WHERE respondent_id IN (:respondents)")
    int stripAnswers(Collection<Long> respondents);

    @Query("UPDATE answers SET recording_path = NULL, value = '" + RECORDING_GONE + "'"
            + " WHERE recording_path = :path")
    int forgetRecording(String path);

    @Query("UPDATE callback_requests SET note = NULL WHERE respondent_id IN (:respondents)")
    int forgetCallbackNotes(Collection<Long> respondents);

    /** Removes the number; a pending respondent is closed (the V6 trigger keeps erased respondents closed). */
    @Query("UPDATE respondents SET phone_e164 = NULL, external_ref = NULL, birth_year = NULL, erased_at = :at,"
            + " status = CASE WHEN status = 'PENDING' THEN 'DONE' ELSE status END"
            + " WHERE id IN (:respondents)")
    int eraseNumbers(Collection<Long> respondents, Instant at);
}
