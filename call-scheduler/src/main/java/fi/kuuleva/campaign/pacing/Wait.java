package fi.kuuleva.campaign.pacing;

import java.time.Duration;
import java.util.Optional;

/** Not now: all lines are busy (wait for a release), or the start rate is used up (wait {@code retryAfter}). */
public record Wait(WaitReason reason, Optional<Duration> retryAfter) implements Pace {
}
