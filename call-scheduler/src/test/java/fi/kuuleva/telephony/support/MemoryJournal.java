package fi.kuuleva.telephony.support;

import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.SessionState;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.telephony.agi.CallJournal;
import fi.kuuleva.telephony.agi.CallSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** A journal in memory for the telephony tests: the setups to hand out and every event recorded, per attempt. */
public final class MemoryJournal implements CallJournal {

    private final Map<String, CallSetup> setups = new ConcurrentHashMap<>();
    private final Map<String, List<Event>> events = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<SurveyEnded>> ends = new ConcurrentHashMap<>();

    public void expect(String attemptId, CallSetup setup) {
        setups.put(attemptId, setup);
        ends.put(attemptId, new CompletableFuture<>());
    }

    @Override
    public Optional<CallSetup> answered(String attemptId) {
        return Optional.ofNullable(setups.get(attemptId));
    }

    @Override
    public void record(String attemptId, List<Event> recorded, SessionState state) {
        events.computeIfAbsent(attemptId, id -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .addAll(recorded);
        recorded.stream().filter(SurveyEnded.class::isInstance).map(SurveyEnded.class::cast).findFirst()
                .ifPresent(ended -> ends.get(attemptId).complete(ended));
    }

    public List<Event> events(String attemptId) {
        return List.copyOf(events.getOrDefault(attemptId, List.of()));
    }

    /** Completes when the attempt's survey session ends. */
    public CompletableFuture<SurveyEnded> ended(String attemptId) {
        return ends.get(attemptId);
    }
}
