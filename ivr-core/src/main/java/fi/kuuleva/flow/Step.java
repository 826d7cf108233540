package fi.kuuleva.flow;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Where a session stands; each step knows how many times it has been tried. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Step.ChoosingLanguage.class, name = "language"),
        @JsonSubTypes.Type(value = Step.AskingConsent.class, name = "consent"),
        @JsonSubTypes.Type(value = Step.AskingQuestion.class, name = "question"),
        @JsonSubTypes.Type(value = Step.ConfirmingAnswer.class, name = "confirm"),
        @JsonSubTypes.Type(value = Step.Finished.class, name = "finished")})
public sealed interface Step {

    record ChoosingLanguage(int tries) implements Step {
    }

    record AskingConsent(int tries) implements Step {
    }

    record AskingQuestion(String questionId, int tries) implements Step {
    }

    /** A spoken answer {@code value} (heard as {@code heard}) waits for the caller's confirmation. */
    record ConfirmingAnswer(String questionId, int tries, String value, String heard, double confidence)
            implements Step {
    }

    record Finished(Outcome outcome) implements Step {
    }
}
