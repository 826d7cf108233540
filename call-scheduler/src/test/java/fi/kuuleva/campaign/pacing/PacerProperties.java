package fi.kuuleva.campaign.pacing;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PacerProperties {
    private static final Duration SECOND = Duration.ofSeconds(1);

    /** Each step: advance the clock by 0..400 ms, then start a call, or end the oldest one (negative). */
    @Provide
    Arbitrary<List<Integer>> steps() {
        return Arbitraries.integers().between(-400, 400).list().ofMinSize(1).ofMaxSize(400);
    }

    /**
     * Whatever the sequence: never more calls up than allowed; never more than {@code rate + burst - 1} starts in
     * any one-second span (with burst 1: never more than the rate); a start-rate wait is exactly long enough.
     */
    @Property(tries = 300)
    void limitsHoldUnderAnySequence(@ForAll @IntRange(min = 1, max = 30) int lines,
                                    @ForAll @IntRange(min = 1, max = 50) int rate,
                                    @ForAll @IntRange(min = 1, max = 5) int burst,
                                    @ForAll("steps") List<Integer> steps) {
        TestClock clock = new TestClock(Instant.parse("2026-03-29T00:59:58Z"));
        PacerSettings settings = new PacerSettings(lines, rate, burst);
        TokenBucket bucket = TokenBucket.full(settings, clock.instant());
        List<Instant> up = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        for (int step : steps) {
            clock.advance(Duration.ofMillis(Math.abs(step)));
            if (step < 0 && !up.isEmpty()) {
                up.remove(0);
                continue;
            }
            Pace pace = Pacer.decide(up.size(), bucket, settings, clock.instant());
            if (pace instanceof Go go) {
                bucket = go.bucket();
                up.add(clock.instant());
                starts.add(clock.instant());
            } else if (pace instanceof Wait wait && wait.reason() == WaitReason.START_RATE) {
                clock.advance(wait.retryAfter().orElseThrow());
                Pace again = Pacer.decide(up.size(), bucket, settings, clock.instant());
                assertInstanceOf(Go.class, again, "after the wait it says, a start conforms");
                bucket = ((Go) again).bucket();
                up.add(clock.instant());
                starts.add(clock.instant());
            }
            assertTrue(up.size() <= lines);
        }
        for (int i = 0; i < starts.size(); i++) {
            Instant end = starts.get(i).plus(SECOND);
            long inSpan = starts.stream().skip(i).takeWhile(s -> s.isBefore(end)).count();
            assertTrue(inSpan <= rate + burst - 1, inSpan + " starts within one second");
        }
    }
}
