package fi.kuuleva.speech.tts;

import java.util.List;

/**
 * A synthesizer's measured speaking rate at some of its own rate settings, for one language and voice: the points
 * ({@code wordsPerMinute} setting, syllables per second heard), rising in both. {@link #wordsPerMinute} inverts the
 * curve by linear interpolation between the points; outside them it takes the nearest end. Immutable.
 */
public record RateCurve(List<Point> points) {

    /** At engine setting {@code wordsPerMinute} the prompts measured {@code syllablesPerSecond}. */
    public record Point(int wordsPerMinute, double syllablesPerSecond) {
    }

    public RateCurve {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a rate curve needs two points at least");
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).wordsPerMinute() <= points.get(i - 1).wordsPerMinute()
                    || points.get(i).syllablesPerSecond() <= points.get(i - 1).syllablesPerSecond()) {
                throw new IllegalArgumentException("a rate curve must rise: " + points);
            }
        }
    }

    /** Points from pairs: setting, rate, setting, rate, ... */
    public static RateCurve of(double... settingsAndRates) {
        Point[] points = new Point[settingsAndRates.length / 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Point((int) settingsAndRates[2 * i], settingsAndRates[2 * i + 1]);
        }
        return new RateCurve(List.of(points));
    }

    /** The engine setting that speaks {@code syllablesPerSecond}, rounded to a whole number. */
    public int wordsPerMinute(double syllablesPerSecond) {
        Point low = points.get(0);
        if (syllablesPerSecond <= low.syllablesPerSecond()) {
            return low.wordsPerMinute();
        }
        for (Point high : points.subList(1, points.size())) {
            if (syllablesPerSecond <= high.syllablesPerSecond()) {
                double share = (syllablesPerSecond - low.syllablesPerSecond())
                        / (high.syllablesPerSecond() - low.syllablesPerSecond());
                return (int) Math.round(low.wordsPerMinute() + share * (high.wordsPerMinute() - low.wordsPerMinute()));
            }
            low = high;
        }
        return low.wordsPerMinute();
    }
}
