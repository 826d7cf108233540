package fi.kuuleva.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginFailureTest {

    private static final Instant FIRST = Instant.parse("2026-12-06T01:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Test
    void refusedFromTheLimitUntilTheWindowEndsRoundedUpToSeconds() {
        assertEquals(Optional.empty(), failures(4).retryAfter(5, WINDOW, FIRST.plusSeconds(60)), "under the limit");
        assertEquals(Optional.of(Duration.ofSeconds(840)), failures(5).retryAfter(5, WINDOW, FIRST.plusSeconds(60)));
        assertEquals(Optional.of(Duration.ofSeconds(1)), failures(9).retryAfter(5, WINDOW,
                FIRST.plus(WINDOW).minusMillis(1)), "a part of a second is a whole one");
        assertEquals(Optional.empty(), failures(9).retryAfter(5, WINDOW, FIRST.plus(WINDOW)), "the window is over");
    }

    private static LoginFailure failures(int count) {
        return new LoginFailure("user:x", count, FIRST);
    }
}
