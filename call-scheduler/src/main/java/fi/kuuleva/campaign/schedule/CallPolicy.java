package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.Decision;
import java.time.Instant;

/** One rule checked before every call; pure, so safe to share between threads. */
@FunctionalInterface
public interface CallPolicy {

    Decision check(CallCandidate candidate, Instant now);
}
