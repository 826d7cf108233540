package fi.kuuleva.admin.openanswer;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A respondent's spoken open answer kept as a recording (officers only), found through the attempt that recorded it.
 *
 * @param answerId the answer, whose audio is {@code GET /api/campaigns/{id}/recordings/{answerId}}
 */
@Introspected
@Serdeable
public record OpenAnswerRecording(long answerId, long attemptId, long respondentId, String questionId,
                                  Instant answeredAt) {
}
