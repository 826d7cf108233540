package fi.kuuleva.admin.report.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The R-indicator of representativeness (Schouten, Cobben and Bethlehem 2009): R = 1 - 2 S(rho), where S is the
 * standard deviation, over the sampled persons, of their response propensities estimated from the register fields
 * by {@link PropensityModel}. 1 means everybody was equally likely to respond. The 95% interval is R +- 1.96
 * standard errors, the standard error estimated by a Poisson bootstrap of the sampled persons ({@value #REPLICATES}
 * resamples, the model refitted each time), with a fixed seed so that the same data always give
 * the same interval. (A percentile interval can miss R itself: the estimated propensities vary more in a resample
 * than in the population, so resampled R lean low in small samples.) Clipped to [0, 1]. Null figures when fewer than
 * two persons were sampled. Pure.
 *
 * @param r    the indicator
 * @param low  the interval's lower end
 * @param high the interval's upper end
 */
@Serdeable
public record RIndicator(@Nullable Double r, @Nullable Double low, @Nullable Double high) {

    static final int REPLICATES = 200;
    private static final long SEED = 20091;
    private static final double Z = 1.959963984540054;

    public static RIndicator of(List<FrameCell> cells) {
        long[] sampled = cells.stream().mapToLong(FrameCell::sampled).toArray();
        long[] responded = cells.stream().mapToLong(FrameCell::responded).toArray();
        long n = Arrays.stream(sampled).sum();
        if (n < 2) {
            return withheld();
        }
        double r = indicator(cells, sampled, responded);
        double[] replicates = new double[REPLICATES];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int b = 0; b < REPLICATES; b++) {
            long[][] drawn = resample(sampled, responded, random);
            replicates[b] = indicator(cells, drawn[0], drawn[1]);
        }
        double[] finite = Arrays.stream(replicates).filter(Double::isFinite).toArray();
        double mean = Arrays.stream(finite).average().orElse(r);
        double standardError = finite.length < 2 ? 0 : Math.sqrt(Arrays.stream(finite)
                .map(x -> (x - mean) * (x - mean)).sum() / (finite.length - 1));
        return new RIndicator(r, Math.max(0, r - Z * standardError), Math.min(1, r + Z * standardError));
    }

    /** No figures: too small a sample, or counts it rests on are not published. */
    public static RIndicator withheld() {
        return new RIndicator(null, null, null);
    }

    /** The figures to two decimals, as published: more digits could be solved back to small cells' counts. */
    public RIndicator rounded() {
        return r == null ? this : new RIndicator(round(r), round(low), round(high));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** 1 - 2 S(rho) for the counts given; S with the divisor n - 1 as in the paper. */
    static double indicator(List<FrameCell> cells, long[] sampled, long[] responded) {
        double[] rho = PropensityModel.fit(cells, sampled, responded);
        long n = 0;
        double sum = 0;
        for (int c = 0; c < rho.length; c++) {
            n += sampled[c];
            sum += sampled[c] * rho[c];
        }
        if (n < 2) {
            return Double.NaN; // a resample this small has no spread to measure
        }
        double mean = sum / n;
        double squares = 0;
        for (int c = 0; c < rho.length; c++) {
            squares += sampled[c] * (rho[c] - mean) * (rho[c] - mean);
        }
        return 1 - 2 * Math.sqrt(squares / (n - 1));
    }

    /**
     * A Poisson bootstrap resample (Hanley and MacGibbon 2006): each sampled person appears Poisson(1) times, so each
     * cell's responding and non-responding counts are independent Poisson draws with their counts as means. It costs
     * one draw per cell instead of one per person.
     */
    private static long[][] resample(long[] sampled, long[] responded, SplittableRandom random) {
        int cells = sampled.length;
        long[] drawnSampled = new long[cells];
        long[] drawnResponded = new long[cells];
        for (int c = 0; c < cells; c++) {
            long yes = poisson(responded[c], random);
            drawnResponded[c] = yes;
            drawnSampled[c] = yes + poisson(sampled[c] - responded[c], random);
        }
        return new long[][] {drawnSampled, drawnResponded};
    }

    /** A Poisson draw: exact (Knuth) below a mean of 30, the normal approximation above it. */
    static long poisson(long mean, SplittableRandom random) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 30) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            long k = 0;
            while (product > limit) {
                product *= random.nextDouble();
                k++;
            }
            return k;
        }
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        double gaussian = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian));
    }
}
