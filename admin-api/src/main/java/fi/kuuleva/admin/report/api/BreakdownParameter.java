package fi.kuuleva.admin.report.api;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.report.figures.Breakdown;

/** The {@code by} query parameter of the report endpoints. */
final class BreakdownParameter {

    private BreakdownParameter() {
    }

    /** The breakdown named by the {@code by} parameter, or a bad-request problem. */
    static Breakdown parse(String by) {
        return Breakdown.parse(by).orElseThrow(() -> ApiProblem.badRequest("$.by",
                "'" + by + "' is not one of municipality, ageBand, language"));
    }
}
