package fi.kuuleva.dialler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.campaign.pacing.Go;
import fi.kuuleva.campaign.pacing.Pacer;
import fi.kuuleva.campaign.pacing.PacerSettings;
import fi.kuuleva.campaign.pacing.Wait;
import fi.kuuleva.campaign.pacing.WaitReason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Inbound calls take lines from the dialler's own count: together the two never exceed a server's lines. */
class LinesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void inboundAndOutboundCallsShareTheLineLimit() {
        Pacer pacer = new Pacer("pbx1", new PacerSettings(2, 100, 10), clock);
        Lines lines = new Lines();
        lines.register("pbx1", pacer);

        LineLease inbound = lines.takeInbound(null).orElseThrow();
        assertInstanceOf(Go.class, pacer.tryStart(), "one line left for the dialler");
        assertEquals(Optional.empty(), lines.takeInbound("pbx1"), "both lines busy: the next call is refused");
        assertEquals(new Wait(WaitReason.ALL_LINES_BUSY, Optional.empty()), pacer.tryStart());

        inbound.close();
        inbound.close();
        assertEquals(1, pacer.inFlight(), "given back once, however often closed");
        assertTrue(lines.takeInbound("unknown server: the first").isPresent());
    }

    @Test
    void anInboundCallSpendsNoCallStart() {
        Pacer pacer = new Pacer("pbx1", new PacerSettings(5, 1, 1), clock);
        Lines lines = new Lines();
        lines.register("pbx1", pacer);
        lines.takeInbound(null).orElseThrow();
        assertInstanceOf(Go.class, pacer.tryStart(), "the dialler's start rate is untouched");
    }

    @Test
    void withoutAServerEveryCallIsRefused() {
        assertEquals(Optional.empty(), new Lines().takeInbound(null));
    }
}
