package fi.kuuleva.calls;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The in-process hand-off at the end of a call's survey: the FastAGI side publishes each {@link SurveyOutcome} after
 * its last sprint is committed, and whoever placed the call (the dialler) subscribes until it closes its
 * {@link OutcomeSubscription}. Subscribers run on the call's FastAGI thread: they must only hand the outcome to their
 * own thread. Thread-safe.
 */
@Singleton
public class SurveyOutcomes {

    private final List<Consumer<SurveyOutcome>> subscribers = new CopyOnWriteArrayList<>();
    /** Held for reading while subscribers run, for writing to remove one: after a close no hand-off is under way. */
    private final ReadWriteLock handing = new ReentrantReadWriteLock();

    /** Hands every outcome published from now on to {@code subscriber}, until the subscription is closed. */
    public OutcomeSubscription subscribe(Consumer<SurveyOutcome> subscriber) {
        Consumer<SurveyOutcome> own = subscriber::accept;
        subscribers.add(own);
        return () -> {
            handing.writeLock().lock();
            try {
                subscribers.remove(own);
            } finally {
                handing.writeLock().unlock();
            }
        };
    }

    void publish(SurveyOutcome outcome) {
        handing.readLock().lock();
        try {
            subscribers.forEach(subscriber -> subscriber.accept(outcome));
        } finally {
            handing.readLock().unlock();
        }
    }
}
