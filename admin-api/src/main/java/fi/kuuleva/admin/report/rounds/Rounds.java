package fi.kuuleva.admin.report.rounds;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.figures.Distribution;
import fi.kuuleva.admin.report.figures.Distributions;
import fi.kuuleva.admin.report.figures.GroupRow;
import fi.kuuleva.admin.report.figures.Interval;
import fi.kuuleva.admin.report.figures.ValueCount;
import fi.kuuleva.admin.report.versions.ReportVersion;
import fi.kuuleva.admin.report.versions.ReportVersions;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a question that keeps its id across survey versions ("loneliness 2025 vs 2026"). Every share is computed
 * from a published distribution whose area is published in full, so the comparison reveals nothing the distributions
 * do not; areas are the county and, with a breakdown, its groups.
 */
@Singleton
public class Rounds {

    private static final double Z = 1.959963984540054;

    private final Distributions distributions;
    private final ReportVersions versions;

    public Rounds(Distributions distributions, ReportVersions versions) {
        this.distributions = distributions;
        this.versions = versions;
    }

    public RoundComparison compare(List<Long> versionIds, String questionId, List<String> values, Breakdown by) {
        if (versionIds.size() < 2 || versionIds.size() > 20 || values.isEmpty()) {
            throw ApiProblem.badRequest("$.versions", "pick 2 to 20 survey versions and at least one answer value");
        }
        Map<String, RoundFigure> previous = new LinkedHashMap<>();
        List<RoundFigure> figures = new ArrayList<>();
        for (long versionId : versionIds) {
            ReportVersion version = versions.version(versionId);
            Distribution distribution = distributions.distribution(versionId, questionId, by);
            List<GroupRow> areas = new ArrayList<>(distribution.groups());
            areas.add(0, distribution.total());
            for (GroupRow area : areas) {
                String name = area.group() == null ? "total" : area.group();
                RoundFigure figure = figure(version, name, area, values, previous.get(name));
                previous.put(name, figure);
                figures.add(figure);
            }
        }
        return new RoundComparison(questionId, List.copyOf(values), by.apiName(), figures);
    }

    private static RoundFigure figure(ReportVersion version, String area, GroupRow row, List<String> values,
                                      RoundFigure before) {
        if (!row.complete() || row.n() == null || row.n() == 0) {
            return new RoundFigure(version.versionId(), version.versionNo(), area, null, null, null, null, true, null,
                    null);
        }
        long hits = row.answers().stream().filter(a -> values.contains(a.value())).mapToLong(ValueCount::count).sum();
        double share = (double) hits / row.n();
        Interval interval = Interval.wilson(share, row.n());
        Double change = null;
        Boolean significant = null;
        if (before != null && before.share() != null) {
            change = share - before.share();
            significant = significant(before.share(), before.n(), share, row.n());
        }
        return new RoundFigure(version.versionId(), version.versionNo(), area, share, interval.low(), interval.high(),
                row.n(), null, change, significant);
    }

    /** A two-proportion z-test with the pooled share: |z| above 1.96 is a difference beyond chance at 5%. */
    static boolean significant(double p1, long n1, double p2, long n2) {
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        return se > 0 && Math.abs(p2 - p1) / se > Z;
    }
}
