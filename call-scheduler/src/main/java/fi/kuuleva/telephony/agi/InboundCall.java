package fi.kuuleva.telephony.agi;

import fi.kuuleva.flow.Event;
import java.util.List;

/**
 * One answered call to the survey number: its survey and trigger, where its sprints go, and its end. Holds a line of
 * the Asterisk server until closed; used by the call's FastAGI thread only.
 */
public interface InboundCall extends AutoCloseable {

    CallSetup setup();

    /** A name for logs and recordings, e.g. the attempt id. */
    String name();

    /** Records one sprint's events; returns once they are durable. */
    void record(List<Event> events);

    /** The call is over: ends its attempt, if any, and gives the line back. */
    @Override
    void close();
}
