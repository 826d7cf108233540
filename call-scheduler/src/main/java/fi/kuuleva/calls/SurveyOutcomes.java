package fi.kuuleva.calls;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The in-process hand-off at the end of a call's survey: the FastAGI side publishes each {@link SurveyOutcome} after
 * its last sprint is committed, and whoever placed the call (the dialler) subscribes. Subscribers run on the call's
 * FastAGI thread: they must only hand the outcome to their own thread. Thread-safe.
 */
@Singleton
public class SurveyOutcomes {

    private final List<Consumer<SurveyOutcome>> subscribers = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<SurveyOutcome> subscriber) {
        subscribers.add(subscriber);
    }

    void publish(SurveyOutcome outcome) {
        subscribers.forEach(subscriber -> subscriber.accept(outcome));
    }
}
