package fi.kuuleva.campaign.respondents;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The age bands the wellbeing report uses; under 65 is kept but flagged, since the surveys are for 65+. */
public enum AgeBand {
    UNDER_65("under 65"),
    FROM_65_TO_74("65-74"),
    FROM_75_TO_84("75-84"),
    FROM_85("85+"),
    UNKNOWN("unknown");

    private static final Map<String, AgeBand> NAMES = Map.ofEntries(
            Map.entry("65-74", FROM_65_TO_74), Map.entry("75-84", FROM_75_TO_84), Map.entry("85+", FROM_85),
            Map.entry("85-", FROM_85), Map.entry("yli85", FROM_85), Map.entry("over85", FROM_85),
            Map.entry("över85", FROM_85), Map.entry("<65", UNDER_65), Map.entry("0-64", UNDER_65),
            Map.entry("alle65", UNDER_65), Map.entry("under65", UNDER_65));

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By the age reached during the year of {@code on} (registers give the year, not the day, of birth). */
    public static AgeBand forBirthYear(int birthYear, LocalDate on) {
        int age = on.getYear() - birthYear;
        if (age < 65) {
            return UNDER_65;
        }
        return age < 75 ? FROM_65_TO_74 : age < 85 ? FROM_75_TO_84 : FROM_85;
    }

    /** "65-74", "75–84", "85+", "yli 85", "alle 65", "<65", ...; spaces and the kind of dash do not matter. */
    public static Optional<AgeBand> parse(String value) {
        String key = value.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replace('\u2013', '-')
                .replace('\u2014', '-');
        return Optional.ofNullable(NAMES.get(key));
    }
}
