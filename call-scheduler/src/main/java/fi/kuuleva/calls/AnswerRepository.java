package fi.kuuleva.calls;

import fi.kuuleva.flow.Answer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Answers and unanswered questions, per respondent. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AnswerRepository extends GenericRepository<StoredAnswer, Long> {

    List<StoredAnswer> findByRespondentIdOrderByAnsweredAt(long respondentId);

    /** The question ids a call asked this respondent without getting an answer. */
    @Query("SELECT question_id FROM unanswered_questions WHERE respondent_id = :respondentId ORDER BY question_id")
    List<String> unansweredQuestionIds(long respondentId);

    /** Keeps the answer, replacing an earlier answer of the respondent to the same question. */
    @Query("""
            INSERT INTO answers (respondent_id, question_id, attempt_id, value, source, confidence, confirmed,
                                 transcript, recording_path, answered_at)
            VALUES (:respondentId, :questionId, :attemptId, :value, :source, :confidence, :confirmed, :transcript,
                    :recordingPath, :answeredAt)
            ON CONFLICT (respondent_id, question_id) DO UPDATE SET attempt_id = EXCLUDED.attempt_id,
                value = EXCLUDED.value, source = EXCLUDED.source, confidence = EXCLUDED.confidence,
                confirmed = EXCLUDED.confirmed, transcript = EXCLUDED.transcript,
                recording_path = EXCLUDED.recording_path, answered_at = EXCLUDED.answered_at""")
    int upsert(long respondentId, String questionId, long attemptId, String value, Answer.Source source,
               @Nullable Double confidence, boolean confirmed, @Nullable String transcript,
               @Nullable String recordingPath, Instant answeredAt);

    @Query("DELETE FROM unanswered_questions WHERE respondent_id = :respondentId AND question_id = :questionId")
    int deleteUnanswered(long respondentId, String questionId);

    /** Marks the question unanswered unless the respondent has answered it. */
    @Query("""
            INSERT INTO unanswered_questions (respondent_id, question_id, attempt_id, last_reason, marked_at)
            SELECT CAST(:respondentId AS bigint), CAST(:questionId AS text), CAST(:attemptId AS bigint),
                   CAST(:lastReason AS text), CAST(:markedAt AS timestamptz)
            WHERE NOT EXISTS (SELECT 1 FROM answers a
                              WHERE a.respondent_id = :respondentId AND a.question_id = :questionId)
            ON CONFLICT (respondent_id, question_id) DO UPDATE SET attempt_id = EXCLUDED.attempt_id,
                last_reason = EXCLUDED.last_reason, marked_at = EXCLUDED.marked_at""")
    int markUnanswered(long respondentId, String questionId, long attemptId, @Nullable String lastReason,
                       Instant markedAt);
}
