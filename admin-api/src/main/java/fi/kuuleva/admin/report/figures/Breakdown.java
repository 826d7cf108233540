package fi.kuuleva.admin.report.figures;

import java.util.Arrays;
import java.util.Optional;

/** What a report's groups are: the respondents' municipality, age band or language, or none (the total only). */
public enum Breakdown {
    NONE(null, "''"),
    MUNICIPALITY("municipality", "municipality"),
    AGE_BAND("ageBand", "age_band"),
    LANGUAGE("language", "language");

    private final String apiName;
    private final String column;

    Breakdown(String apiName, String column) {
        this.apiName = apiName;
        this.column = column;
    }

    /** The name in the API's {@code by} parameter; null for none. */
    public String apiName() {
        return apiName;
    }

    /** The column of {@code answer_counts} and {@code respondents}: a constant, never user input. */
    String column() {
        return column;
    }

    /** The breakdown named {@code by} (absent or blank: none); empty for an unknown name. */
    public static Optional<Breakdown> parse(String by) {
        if (by == null || by.isBlank()) {
            return Optional.of(NONE);
        }
        return Arrays.stream(values()).filter(b -> by.equals(b.apiName)).findFirst();
    }
}
