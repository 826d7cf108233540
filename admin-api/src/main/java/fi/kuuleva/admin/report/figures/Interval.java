package fi.kuuleva.admin.report.figures;

/** A share's 95% confidence interval. */
public record Interval(double low, double high) {

    private static final double Z = 1.959963984540054;

    /**
     * Wilson's score interval for the share {@code p} of {@code n} answers ({@code n} may be an effective sample
     * size, so not whole); the whole range when {@code n} is not positive.
     */
    public static Interval wilson(double p, double n) {
        if (!(n > 0)) {
            return new Interval(0, 1);
        }
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
