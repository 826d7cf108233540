package fi.kuuleva.calls;

import fi.kuuleva.flow.Answer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A respondent's answer to one question: one row per respondent and question, from the call that gave it last. */
@MappedEntity("answers")
public record StoredAnswer(@Id @GeneratedValue @Nullable Long id, long respondentId, String questionId,
                           long attemptId, String value, Answer.Source source, @Nullable Double confidence,
                           boolean confirmed, @Nullable String transcript, @Nullable String recordingPath,
                           Instant answeredAt) {

    public Answer toAnswer() {
        return new Answer(questionId, value, source, confidence, confirmed, transcript);
    }
}
