package fi.kuuleva.admin.report.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Collapses the strata of the population table without usable respondents into used ones, so that a weighted figure
 * stands for the whole table. A municipality x age band stratum goes to the nearest age band of the same
 * municipality that has respondents (on a tie the younger); when the municipality has none, to the same age band in
 * the other municipalities, in proportion to their population; when no municipality has respondents of that band, to
 * every used stratum in proportion. An age band goes to the nearest used age band (on a tie the younger); a
 * municipality to every used municipality in proportion (there is no order of municipalities to find a neighbour
 * by). Age bands are ordered by their first number ("65-74" before "85+"), then by name. Only population moves, never
 * answers: the figure still rests on the same publishable strata. Pure.
 */
final class Collapsing {

    static final String NEAREST_AGE_BAND = "nearestAgeBand";
    static final String SAME_AGE_BAND = "sameAgeBand";
    static final String PROPORTIONAL = "proportional";

    private Collapsing() {
    }

    static Collapsed collapse(Stratified stratified) {
        List<Stratum> used = stratified.strata().stream().filter(Stratum::usable).toList();
        double[] populations = used.stream().mapToDouble(Stratum::population).toArray();
        if (used.isEmpty()) {
            return new Collapsed(used, populations, List.of());
        }
        long total = used.stream().mapToLong(Stratum::population).sum()
                + stratified.uncovered().stream().mapToLong(Uncovered::population).sum();
        List<String> bands = Stream.concat(used.stream().map(Stratum::ageBand),
                        stratified.uncovered().stream().map(Uncovered::ageBand))
                .distinct().sorted(Comparator.comparingLong(Collapsing::firstNumber).thenComparing(b -> b)).toList();
        List<CollapsedStratum> collapsed = new ArrayList<>();
        for (Uncovered u : stratified.uncovered()) {
            String rule;
            String into = null;
            List<Integer> targets;
            List<Integer> sameMunicipality = indices(used, s -> s.municipality().equals(u.municipality()));
            List<Integer> sameBand = indices(used, s -> s.ageBand().equals(u.ageBand()));
            if (stratified.by().equals(Stratified.MUNICIPALITY)) {
                rule = PROPORTIONAL;
                targets = indices(used, s -> true);
            } else if (!sameMunicipality.isEmpty()) {
                rule = NEAREST_AGE_BAND;
                int target = nearest(used, sameMunicipality, bands, u.ageBand());
                targets = List.of(target);
                into = label(used.get(target));
            } else if (stratified.by().equals(Stratified.CROSS) && !sameBand.isEmpty()) {
                rule = SAME_AGE_BAND;
                targets = sameBand;
                into = u.ageBand();
            } else {
                rule = PROPORTIONAL;
                targets = indices(used, s -> true);
            }
            double weight = targets.stream().mapToDouble(i -> used.get(i).population()).sum();
            for (int i : targets) {
                populations[i] += u.population() * used.get(i).population() / weight;
            }
            collapsed.add(new CollapsedStratum(blank(u.municipality()), blank(u.ageBand()), u.population(),
                    (double) u.population() / total, u.suppressed() ? "suppressed" : "noRespondents", rule, into));
        }
        return new Collapsed(used, populations, collapsed);
    }

    /** The stratum among {@code candidates} whose age band is nearest to {@code band} in order; the younger on a tie. */
    private static int nearest(List<Stratum> used, List<Integer> candidates, List<String> bands, String band) {
        int rank = bands.indexOf(band);
        int best = candidates.get(0);
        for (int i : candidates) {
            int distance = Math.abs(bands.indexOf(used.get(i).ageBand()) - rank);
            int bestDistance = Math.abs(bands.indexOf(used.get(best).ageBand()) - rank);
            if (distance < bestDistance || (distance == bestDistance
                    && bands.indexOf(used.get(i).ageBand()) < bands.indexOf(used.get(best).ageBand()))) {
                best = i;
            }
        }
        return best;
    }

    private static List<Integer> indices(List<Stratum> used, Predicate<Stratum> test) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            if (test.test(used.get(i))) {
                result.add(i);
            }
        }
        return result;
    }

    private static String label(Stratum s) {
        return s.municipality().isEmpty() ? s.ageBand() : s.municipality() + " " + s.ageBand();
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }

    private static long firstNumber(String band) {
        int end = 0;
        while (end < band.length() && Character.isDigit(band.charAt(end))) {
            end++;
        }
        return end == 0 || end > 18 ? Long.MAX_VALUE : Long.parseLong(band.substring(0, end));
    }
}
