package fi.kuuleva.admin.report.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * AAPOR's standard outcome rates (Standard Definitions, 10th edition) from final-disposition counts: response rates
 * RR1-RR6, cooperation rates COOP1-COOP4, refusal rates REF1-REF3 and contact rates CON1-CON3. {@code e}, the share
 * of unknown-eligibility cases estimated to be eligible, is the share eligible among cases whose eligibility is known
 * (AAPOR's proportional allocation): (I+P+R+NC+O) / (I+P+R+NC+O+NE). A rate whose denominator is zero is null.
 */
@Serdeable
public record OutcomeRates(DispositionCounts counts, @Nullable Double e,
                           @Nullable Double rr1, @Nullable Double rr2, @Nullable Double rr3, @Nullable Double rr4,
                           @Nullable Double rr5, @Nullable Double rr6,
                           @Nullable Double coop1, @Nullable Double coop2, @Nullable Double coop3,
                           @Nullable Double coop4,
                           @Nullable Double ref1, @Nullable Double ref2, @Nullable Double ref3,
                           @Nullable Double con1, @Nullable Double con2, @Nullable Double con3) {

    /** The rates with e estimated from the counts (1 when no case's eligibility is known yet). */
    public static OutcomeRates of(DispositionCounts c) {
        long known = c.eligible() + c.ne();
        return of(c, known == 0 ? 1.0 : (double) c.eligible() / known);
    }

    /** The rates with the given estimate of e, between 0 and 1. */
    public static OutcomeRates of(DispositionCounts c, double e) {
        if (!(e >= 0 && e <= 1)) {
            throw new IllegalArgumentException("e must lie between 0 and 1: " + e);
        }
        double ip = c.interviews();
        double all = c.eligible() + c.unknown();
        double allE = c.eligible() + e * c.unknown();
        double known = c.eligible();
        double contacted = ip + c.r() + c.o();
        return new OutcomeRates(c, e,
                share(c.i(), all), share(ip, all), share(c.i(), allE), share(ip, allE),
                share(c.i(), known), share(ip, known),
                share(c.i(), contacted), share(ip, contacted), share(c.i(), ip + c.r()), share(ip, ip + c.r()),
                share(c.r(), all), share(c.r(), allE), share(c.r(), known),
                share(contacted, all), share(contacted, allE), share(contacted, known));
    }

    private static Double share(double part, double whole) {
        return whole > 0 ? part / whole : null;
    }
}
