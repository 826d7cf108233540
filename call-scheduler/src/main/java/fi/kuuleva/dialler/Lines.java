package fi.kuuleva.dialler;

import fi.kuuleva.campaign.pacing.Pacer;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place where a call that arrives takes a line of an Asterisk server and gives it back: the same line count
 * the dispatcher's outbound calls take from ({@link Pacer}, registered by {@link Dispatcher} per server), so inbound
 * and outbound calls together never exceed a server's {@code max-concurrent-calls}. Thread-safe.
 */
@Singleton
public class Lines {

    private final Map<String, Pacer> servers = new ConcurrentHashMap<>();
    private volatile String first;

    /** The dispatcher's pacer of {@code server}; the first registered serves calls that name no server. */
    void register(String server, Pacer pacer) {
        servers.put(server, pacer);
        if (first == null) {
            first = server;
        }
    }

    /**
     * A line of {@code server} (null or unknown: the first server) for an inbound call, given back by closing the
     * lease; empty when every line is busy or no server is configured.
     */
    public Optional<LineLease> takeInbound(String server) {
        Pacer pacer = server == null ? null : servers.get(server);
        if (pacer == null && first != null) {
            pacer = servers.get(first);
        }
        if (pacer == null) {
            return Optional.empty();
        }
        Pacer taken = pacer;
        return pacer.tryHold().map(slot -> new LineLease(slot.server(), () -> taken.release(slot)));
    }
}
