package fi.kuuleva.admin.report.quality;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many sampled respondents ended in each AAPOR category, as the outcome-rate formulas name them: I, P, R, NC,
 * O, UH, UO and NE.
 */
@Serdeable
public record DispositionCounts(long i, long p, long r, long nc, long o, long uh, long uo, long ne) {

    public DispositionCounts {
        for (long count : new long[] {i, p, r, nc, o, uh, uo, ne}) {
            if (count < 0) {
                throw new IllegalArgumentException("a negative count of dispositions");
            }
        }
    }

    /** Counts the dispositions by their category. */
    public static DispositionCounts of(Collection<Disposition> dispositions) {
        Map<DispositionCategory, Long> by = new EnumMap<>(DispositionCategory.class);
        dispositions.forEach(d -> by.merge(d.category(), 1L, Long::sum));
        return new DispositionCounts(get(by, DispositionCategory.COMPLETE), get(by, DispositionCategory.PARTIAL),
                get(by, DispositionCategory.REFUSAL), get(by, DispositionCategory.NON_CONTACT),
                get(by, DispositionCategory.OTHER), get(by, DispositionCategory.UNKNOWN_HOUSEHOLD),
                get(by, DispositionCategory.UNKNOWN_OTHER), get(by, DispositionCategory.NOT_ELIGIBLE));
    }

    private static long get(Map<DispositionCategory, Long> by, DispositionCategory category) {
        return by.getOrDefault(category, 0L);
    }

    /** Interviews, complete and partial: I + P. */
    long interviews() {
        return i + p;
    }

    /** Known eligible: I + P + R + NC + O. */
    long eligible() {
        return interviews() + r + nc + o;
    }

    /** Unknown eligibility: UH + UO. */
    long unknown() {
        return uh + uo;
    }

    long total() {
        return eligible() + unknown() + ne;
    }
}
