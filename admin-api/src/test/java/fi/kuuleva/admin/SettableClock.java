package fi.kuuleva.admin;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in tests that move time ({@code kuuleva.test.clock: settable}): stands still at {@link Fixtures#NOW}
 * until a test sets it. Thread-safe.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = "kuuleva.test.clock", value = "settable")
public class SettableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Fixtures.NOW);

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock stays in UTC");
    }
}
