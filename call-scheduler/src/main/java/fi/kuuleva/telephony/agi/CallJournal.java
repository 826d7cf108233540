package fi.kuuleva.telephony.agi;

import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.flow.Event;
import java.util.List;
import java.util.Optional;

/**
 * Where a call's survey comes from and where what happens in it goes: implemented by persistence (every answer
 * committed as it is given) and by the in-memory journal of the demo and tests. Thread-safe.
 */
public interface CallJournal {

    /** The survey and trigger for an answered call attempt; empty when the attempt is unknown (then hang up). */
    Optional<CallSetup> answered(AttemptKey attempt);

    /** Records one sprint's events; returns only once they are durable (a later call resumes from them). */
    void record(AttemptKey attempt, List<Event> events);
}
