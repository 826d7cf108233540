package fi.kuuleva.admin.report.api;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.report.rounds.RoundComparison;
import fi.kuuleva.admin.report.rounds.RoundFigure;
import fi.kuuleva.admin.report.rounds.Rounds;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A question across rounds: {@code ?question=QID&values=4,5&versions=3,7&by=municipality}, as JSON or as a long-format
 * CSV (indicator, area, round, value, interval, n) that a wellbeing-report spreadsheet takes.
 */
@Controller("/api/reports/rounds")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ANALYST, Roles.OFFICER})
@Tag(name = "Reports")
class RoundsController {

    private final Rounds rounds;
    private final Auditor audit;

    RoundsController(Rounds rounds, Auditor audit) {
        this.rounds = rounds;
        this.audit = audit;
    }

    @Get
    RoundComparison compare(@Nullable @QueryValue String question, @Nullable @QueryValue String values,
                            @Nullable @QueryValue String versions, @Nullable @QueryValue String by) {
        if (question == null || question.isBlank()) {
            throw ApiProblem.badRequest("$.question", "name the question to compare");
        }
        return rounds.compare(ids(versions), question, list(values), BreakdownParameter.parse(by));
    }

    @Get(value = "/export.csv", produces = "text/csv")
    HttpResponse<String> csv(@Nullable @QueryValue String question, @Nullable @QueryValue String values,
                             @Nullable @QueryValue String versions, @Nullable @QueryValue String by,
                             Authentication authentication) {
        RoundComparison comparison = compare(question, values, versions, by);
        audit.record(authentication.getName(), "report.export", "rounds/" + comparison.questionId(),
                Map.of("format", "csv", "versions", String.valueOf(versions)));
        StringBuilder csv = new StringBuilder("indicator;area;round;value;ci_low;ci_high;n;significant_change\n");
        String indicator = comparison.questionId() + "=" + String.join("|", comparison.values());
        for (RoundFigure f : comparison.figures()) {
            csv.append(indicator).append(';').append(f.area().replace(";", ",")).append(';').append(f.versionNo())
                    .append(';').append(number(f.share())).append(';').append(number(f.ciLow())).append(';')
                    .append(number(f.ciHigh())).append(';').append(f.n() == null ? "" : f.n()).append(';')
                    .append(f.significant() == null ? "" : f.significant()).append('\n');
        }
        return HttpResponse.ok(csv.toString()).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"rounds-" + comparison.questionId()
                        .replaceAll("[^A-Za-z0-9_-]", "_") + ".csv\"");
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static List<String> list(String values) {
        return values == null ? List.of() : Arrays.stream(values.split(",")).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static List<Long> ids(String versions) {
        try {
            return list(versions).stream().map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("$.versions", "give survey version ids separated by commas");
        }
    }
}
