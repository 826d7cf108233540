package fi.kuuleva.admin.report.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The R-indicator's sample: called, possibly eligible cases only. */
class PropensityFrameTest {

    @Test
    void casesNotYetCalledAndNonWorkingNumbersAreLeftOut() {
        List<CaseGroup> sample = List.of(
                group("Tampere", 2, 10, new AttemptFact(AttemptOutcome.COMPLETED, 16)),
                group("Tampere", 1, 0, new AttemptFact(AttemptOutcome.NO_ANSWER, null)),
                group("Tampere", 3, 0),
                group("Tampere", 1, 0, new AttemptFact(AttemptOutcome.FAILED, 1)),
                group("Turku", 4, 0));

        assertEquals(List.of(new FrameCell(List.of("Tampere", "75-84", "fi"), 3, 2)), PropensityFrame.of(sample),
                "Turku's cases were never called: no cell; Tampere's 3 uncalled and its unallocated number left out");
    }

    private static CaseGroup group(String municipality, long count, int answered, AttemptFact... attempts) {
        return new CaseGroup(municipality, "75-84", "fi", new CaseHistory(List.of(attempts), answered, 0, 10), count);
    }
}
