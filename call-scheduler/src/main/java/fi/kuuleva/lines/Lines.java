package fi.kuuleva.lines;

import java.util.Optional;

/**
 * Port: the lines of the configured Asterisk servers, shared by every service instance through PostgreSQL, for a
 * call this instance did not dial (an inbound call). The dialler's own calls take their lines as they are claimed.
 * A lease lives while this instance runs (its heartbeat renews it) and lapses within {@code kuuleva.lines.lease-ttl}
 * after the instance dies. Thread-safe; each call is its own transaction, or joins the caller's.
 */
public interface Lines {

    /**
     * Takes one of {@code server}'s lines for a call already up (no start-rate token is used), or empty when all of
     * its lines are in use or no such server is configured.
     */
    Optional<LineLease> take(String server);

    /** Gives the line back at the call's end; giving it back twice, or after it lapsed, does nothing. */
    void giveBack(LineLease lease);
}
