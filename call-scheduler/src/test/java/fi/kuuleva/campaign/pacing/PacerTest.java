package fi.kuuleva.campaign.pacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PacerTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-03-03T08:00:00Z"));

    @Test
    void startsAreSpacedByTheRate() {
        Pacer pacer = new Pacer("pbx1", new PacerSettings(10, 4), clock);
        assertInstanceOf(Go.class, pacer.tryStart());
        assertEquals(new Wait(WaitReason.START_RATE, Optional.of(Duration.ofMillis(250))), pacer.tryStart());
        clock.advance(Duration.ofMillis(249));
        assertEquals(new Wait(WaitReason.START_RATE, Optional.of(Duration.ofMillis(1))), pacer.tryStart());
        clock.advance(Duration.ofMillis(1));
        assertInstanceOf(Go.class, pacer.tryStart());
    }

    @Test
    void aBurstMayGoOutAtOnceAndThenTheRateHolds() {
        Pacer pacer = new Pacer("pbx1", new PacerSettings(10, 2, 3), clock);
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(Go.class, pacer.tryStart());
        }
        assertEquals(new Wait(WaitReason.START_RATE, Optional.of(Duration.ofMillis(500))), pacer.tryStart());
    }

    @Test
    void whenAllLinesAreBusyTheNextCallWaitsForARelease() {
        Pacer pacer = new Pacer("pbx1", new PacerSettings(2, 100), clock);
        Go first = (Go) pacer.tryStart();
        clock.advance(Duration.ofSeconds(1));
        assertInstanceOf(Go.class, pacer.tryStart());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(new Wait(WaitReason.ALL_LINES_BUSY, Optional.empty()), pacer.tryStart());
        pacer.release(first.slot());
        pacer.release(first.slot());
        assertEquals(1, pacer.inFlight());
        assertEquals(new CallSlot("pbx1", 3), ((Go) pacer.tryStart()).slot());
    }

    @Test
    void theIntervalRoundsUpSoTheRateIsNeverExceeded() {
        assertEquals(Duration.ofNanos(333_333_334), new PacerSettings(1, 3).interval());
        assertThrows(IllegalArgumentException.class, () -> new PacerSettings(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new PacerSettings(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new PacerSettings(1, Double.NaN));
    }
}
