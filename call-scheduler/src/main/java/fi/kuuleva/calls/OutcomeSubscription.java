package fi.kuuleva.calls;

/**
 * A subscriber's place in {@link SurveyOutcomes}. Closing it removes the subscriber and returns once no hand-off to it
 * is under way, so that its owner can then stop the thread it hands outcomes to. Idempotent.
 */
public interface OutcomeSubscription extends AutoCloseable {

    @Override
    void close();
}
