package fi.kuuleva.flow;

/** Where a session stands; each step knows how many times it has been tried. */
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
