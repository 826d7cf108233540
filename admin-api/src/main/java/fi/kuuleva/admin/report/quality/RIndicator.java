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
 * standard errors, the standard error estimated by bootstrap: the sampled persons resampled with replacement
 * {@value #REPLICATES} times and the model refitted each time, with a fixed seed so that the same data always give
 * the same interval. (A percentile interval can miss R itself: the estimated propensities vary more in a resample
 * than in the population, so resampled R lean low in small samples.) Clipped to [0, 1]. Null figures when fewer than
 * two persons were sampled. Pure.
 *
 * @param r        the indicator
 * @param low      the interval's lower end
 * @param high     the interval's upper end
 * @param sampled  persons in the sample
 * @param responded persons who responded
 */
@Serdeable
public record RIndicator(@Nullable Double r, @Nullable Double low, @Nullable Double high, long sampled,
                         long responded) {

    static final int REPLICATES = 200;
    private static final long SEED = 20091;
    private static final double Z = 1.959963984540054;

    public static RIndicator of(List<FrameCell> cells) {
        long[] sampled = cells.stream().mapToLong(FrameCell::sampled).toArray();
        long[] responded = cells.stream().mapToLong(FrameCell::responded).toArray();
        long n = Arrays.stream(sampled).sum();
        long respondents = Arrays.stream(responded).sum();
        if (n < 2) {
            return new RIndicator(null, null, null, n, respondents);
        }
        double r = indicator(cells, sampled, responded);
        double[] replicates = new double[REPLICATES];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int b = 0; b < REPLICATES; b++) {
            long[][] drawn = resample(sampled, responded, n, random);
            replicates[b] = indicator(cells, drawn[0], drawn[1]);
        }
        double mean = Arrays.stream(replicates).average().orElseThrow();
        double standardError = Math.sqrt(Arrays.stream(replicates).map(x -> (x - mean) * (x - mean)).sum()
                / (REPLICATES - 1));
        return new RIndicator(r, Math.max(0, r - Z * standardError), Math.min(1, r + Z * standardError), n,
                respondents);
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
        double mean = sum / n;
        double squares = 0;
        for (int c = 0; c < rho.length; c++) {
            squares += sampled[c] * (rho[c] - mean) * (rho[c] - mean);
        }
        return 1 - 2 * Math.sqrt(squares / (n - 1));
    }

    /** n persons drawn with replacement: counts per cell of those drawn and of those among them who responded. */
    private static long[][] resample(long[] sampled, long[] responded, long n, SplittableRandom random) {
        int cells = sampled.length;
        long[] cumulative = new long[2 * cells];
        long running = 0;
        for (int c = 0; c < cells; c++) {
            running += responded[c];
            cumulative[2 * c] = running;
            running += sampled[c] - responded[c];
            cumulative[2 * c + 1] = running;
        }
        long[] drawnSampled = new long[cells];
        long[] drawnResponded = new long[cells];
        for (long i = 0; i < n; i++) {
            long person = random.nextLong(n);
            int slot = Arrays.binarySearch(cumulative, person + 1);
            if (slot < 0) {
                slot = -slot - 1;
            }
            while (slot > 0 && cumulative[slot - 1] == person + 1) {
                slot--;
            }
            drawnSampled[slot / 2]++;
            if (slot % 2 == 0) {
                drawnResponded[slot / 2]++;
            }
        }
        return new long[][] {drawnSampled, drawnResponded};
    }
}
