package fi.kuuleva.admin.report.population;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.api.ProblemError;
import fi.kuuleva.campaign.respondents.Municipalities;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a population upload, {@code municipality;ageBand;population} per line (a header line with those names is
 * skipped), UTF-8 or else Latin-1. Municipality names are spelled as the respondent import stores them
 * ({@link Municipalities}: case and whitespace do not matter), so the strata meet the respondents'. Every problem is
 * reported with its line and field; any problem rejects the whole file. Pure.
 */
public final class PopulationCsv {

    private static final int MAX_ROWS = 100_000;

    private PopulationCsv() {
    }

    public static List<PopulationRow> parse(byte[] body) {
        String[] lines = decode(body).split("\r\n|\n|\r", -1);
        List<PopulationRow> rows = new ArrayList<>();
        List<ProblemError> problems = new ArrayList<>();
        Municipalities municipalities = Municipalities.finnish();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String text = lines[i].strip();
            if (text.isEmpty() || (i == 0 && text.equalsIgnoreCase("municipality;ageBand;population"))) {
                continue;
            }
            String[] fields = text.split(";", -1);
            if (fields.length != 3) {
                problems.add(ProblemError.line(line, null, "expected 3 fields separated by ';' (municipality;ageBand;"
                        + "population), found " + fields.length));
                continue;
            }
            String municipality = fields[0].isBlank() ? "" : municipalities.find(fields[0])
                    .orElse(Municipalities.tidy(fields[0]));
            String ageBand = fields[1].strip();
            if (municipality.isEmpty() || municipality.length() > 100) {
                problems.add(ProblemError.line(line, "municipality", "must be 1 to 100 characters"));
            }
            if (ageBand.isEmpty() || ageBand.length() > 20) {
                problems.add(ProblemError.line(line, "ageBand", "must be 1 to 20 characters"));
            }
            Long population = population(fields[2].strip());
            if (population == null) {
                problems.add(ProblemError.line(line, "population", "not a whole number from 0 up: '" + fields[2].strip()
                        + "'"));
            }
            Integer first = seen.putIfAbsent(municipality + ";" + ageBand, line);
            if (first != null) {
                problems.add(ProblemError.line(line, "ageBand", municipality + " " + ageBand + " is already on line "
                        + first));
            }
            if (population != null) {
                rows.add(new PopulationRow(municipality, ageBand, population));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ProblemError.line(1, null, "no population rows"));
        }
        if (rows.size() > MAX_ROWS) {
            problems.add(ProblemError.line(lines.length, null, "more than " + MAX_ROWS + " rows"));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems.size() + " problem(s) in the population file; "
                    + "nothing was changed", problems.size() > 100 ? problems.subList(0, 100) : problems);
        }
        return rows;
    }

    private static Long population(String text) {
        if (!text.matches("[0-9]{1,10}")) {
            return null;
        }
        return Long.parseLong(text);
    }

    private static String decode(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
    }
}
