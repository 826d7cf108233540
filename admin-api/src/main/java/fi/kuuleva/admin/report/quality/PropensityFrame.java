package fi.kuuleva.admin.report.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sample the R-indicator is computed over: per municipality, age band and language, how many cases were sampled
 * and how many responded (I or P). Only cases whose eligibility is not ruled out and that were called at least once
 * count: a case not yet called (3.11) has no response behaviour yet, so counting it as a non-respondent would measure
 * how far calling has got in each area; a non-working number (NE, 4.31) is not part of the target population. Pure.
 */
final class PropensityFrame {

    private PropensityFrame() {
    }

    static List<FrameCell> of(List<CaseGroup> sample) {
        Map<List<String>, long[]> cells = new TreeMap<>((a, b) -> String.join("\u0000", a)
                .compareTo(String.join("\u0000", b)));
        for (CaseGroup g : sample) {
            Disposition disposition = FinalDispositions.of(g.history());
            if (!counts(disposition)) {
                continue;
            }
            long[] cell = cells.computeIfAbsent(List.of(g.municipality(), g.ageBand(), g.language()),
                    k -> new long[2]);
            cell[0] += g.count();
            DispositionCategory category = disposition.category();
            if (category == DispositionCategory.COMPLETE || category == DispositionCategory.PARTIAL) {
                cell[1] += g.count();
            }
        }
        List<FrameCell> frame = new ArrayList<>();
        cells.forEach((levels, counts) -> frame.add(new FrameCell(levels, counts[0], counts[1])));
        return frame;
    }

    private static boolean counts(Disposition disposition) {
        return disposition != Disposition.NOT_ATTEMPTED
                && disposition.category() != DispositionCategory.NOT_ELIGIBLE;
    }
}
