package fi.kuuleva.admin.progress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressStreamTest {

    private static final Instant T = Instant.parse("2026-11-28T10:00:00Z");
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    @Test
    void sendsTheFirstFiguresEachChangeAndAKeepAliveButNoRepeatsInBetween() {
        CampaignProgress first = progress(3, T);
        assertTrue(ProgressStream.due(null, first, KEEP_ALIVE));
        assertFalse(ProgressStream.due(first, progress(3, T.plusSeconds(14)), KEEP_ALIVE), "unchanged, not yet");
        assertTrue(ProgressStream.due(first, progress(2, T.plusSeconds(1)), KEEP_ALIVE), "changed");
        assertTrue(ProgressStream.due(first, progress(3, T.plusSeconds(15)), KEEP_ALIVE), "keep-alive");
    }

    private static CampaignProgress progress(long pending, Instant at) {
        return new CampaignProgress(1, "RUNNING", new CampaignProgress.Respondents(5, pending, 5 - pending, 0),
                Map.of("BUSY", 1L), 4, 5 - pending, at);
    }
}
