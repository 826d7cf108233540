package fi.kuuleva.telephony.support;

import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.telephony.agi.CallJournal;
import fi.kuuleva.telephony.agi.CallSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A journal in memory for the telephony tests: the setups to hand out and every event recorded, per attempt. Tests
 * name their calls ("keypad", "busy"); each name gets its own attempt key, unique as a claim would give it.
 */
public final class MemoryJournal implements CallJournal {

    /**
     * Keys unique across harnesses and runs, as a database sequence makes them: Asterisk sends every AMI event to
     * every connected client, so a call left over from an earlier test class (its originate failing later) must
     * not be taken for this one's attempt of the same number.
     */
    private static final AtomicLong NEXT_KEY = new AtomicLong(System.currentTimeMillis() * 1000);
    private final Map<String, AttemptKey> keys = new ConcurrentHashMap<>();
    private final Map<AttemptKey, CallSetup> setups = new ConcurrentHashMap<>();
    private final Map<AttemptKey, List<Event>> events = new ConcurrentHashMap<>();
    private final Map<AttemptKey, CompletableFuture<SurveyEnded>> ends = new ConcurrentHashMap<>();

    /** The attempt key of the call named {@code name}, the same for every use of the name. */
    public AttemptKey key(String name) {
        return keys.computeIfAbsent(name, unused -> new AttemptKey(NEXT_KEY.incrementAndGet()));
    }

    /** The call named {@code name} will be answered with {@code setup}; returns its attempt key. */
    public AttemptKey expect(String name, CallSetup setup) {
        AttemptKey key = key(name);
        setups.put(key, setup);
        ends.put(key, new CompletableFuture<>());
        return key;
    }

    @Override
    public Optional<CallSetup> answered(AttemptKey attempt) {
        return Optional.ofNullable(setups.get(attempt));
    }

    @Override
    public void record(AttemptKey attempt, List<Event> recorded) {
        events.computeIfAbsent(attempt, id -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .addAll(recorded);
        recorded.stream().filter(SurveyEnded.class::isInstance).map(SurveyEnded.class::cast).findFirst()
                .ifPresent(ended -> ends.get(attempt).complete(ended));
    }

    public List<Event> events(String name) {
        return List.copyOf(events.getOrDefault(key(name), List.of()));
    }

    /** Completes when the named call's survey session ends. */
    public CompletableFuture<SurveyEnded> ended(String name) {
        return ends.get(key(name));
    }
}
