package fi.kuuleva.campaign.pacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PacerTest {
    private static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");

    @Test
    void startsAreSpacedByTheRate() {
        PacerSettings settings = new PacerSettings(10, 4);
        TokenBucket bucket = ((Go) Pacer.decide(0, TokenBucket.full(settings, T0), settings, T0)).bucket();
        assertEquals(new Wait(WaitReason.START_RATE, Optional.of(Duration.ofMillis(250))),
                Pacer.decide(1, bucket, settings, T0));
        assertEquals(new Wait(WaitReason.START_RATE, Optional.of(Duration.ofMillis(1))),
                Pacer.decide(1, bucket, settings, T0.plusMillis(249)));
        assertInstanceOf(Go.class, Pacer.decide(1, bucket, settings, T0.plusMillis(250)));
    }

    @Test
    void aBurstMayGoOutAtOnceAndThenTheRateHolds() {
        PacerSettings settings = new PacerSettings(10, 2, 3);
        TokenBucket bucket = TokenBucket.full(settings, T0);
        for (int i = 0; i < 3; i++) {
            bucket = ((Go) Pacer.decide(i, bucket, settings, T0)).bucket();
        }
        assertEquals(new Wait(WaitReason.START_RATE, Optional.of(Duration.ofMillis(500))),
                Pacer.decide(3, bucket, settings, T0));
    }

    @Test
    void whenAllLinesAreBusyTheNextCallWaitsForALineWithoutUsingAToken() {
        PacerSettings settings = new PacerSettings(2, 100);
        TokenBucket bucket = TokenBucket.full(settings, T0);
        assertEquals(new Wait(WaitReason.ALL_LINES_BUSY, Optional.empty()), Pacer.decide(2, bucket, settings, T0));
        assertEquals(new Go(bucket.take(T0).orElseThrow()), Pacer.decide(1, bucket, settings, T0));
    }

    @Test
    void theIntervalRoundsUpSoTheRateIsNeverExceeded() {
        assertEquals(Duration.ofNanos(333_333_334), new PacerSettings(1, 3).interval());
        assertThrows(IllegalArgumentException.class, () -> new PacerSettings(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new PacerSettings(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new PacerSettings(1, Double.NaN));
    }
}
