package fi.kuuleva.flow;

/** Where a session stands; each step knows how many times it has been tried. */
public sealed interface Step {

    record ChoosingLanguage(int tries) implements Step {
    }

    /** {@code wrongKeys}: keys pressed in this try that answer nothing (a few are forgiven before one costs a try). */
    record AskingConsent(int tries, int wrongKeys) implements Step {
    }

    record AskingQuestion(String questionId, int tries, int wrongKeys) implements Step {
    }

    /** A spoken answer {@code value} (heard as {@code heard}) waits for the caller's confirmation. */
    record ConfirmingAnswer(String questionId, int tries, String value, String heard, double confidence)
            implements Step {
    }

    /**
     * The opt-out or call-back {@code key} was pressed at {@code at}: the same key again confirms it, anything else
     * goes back to {@code back}.
     */
    record ConfirmingControl(String key, String at, Step back) implements Step {
    }

    /** The caller declined at consent and heard how to ask for a call-back or opt out; anything else ends the call. */
    record Declined() implements Step {
    }

    /** A confirmed call-back (asked at {@code at}) waits for morning (1) or afternoon (2). */
    record AskingCallbackTime(String at) implements Step {
    }

    /** An inbound caller heard about the survey ({@code tries} times) and may ask for a person or opt out. */
    record Informed(int tries) implements Step {
    }

    /** The caller, who asked at {@code at} to talk to a person, is being put through to a member of staff. */
    record Transferring(String at) implements Step {
    }

    record Finished(Outcome outcome) implements Step {
    }
}
