package fi.kuuleva.campaign.respondents;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns an import understands, each under its English, Finnish and Swedish names. Matching ignores case,
 * accents (so "syntymavuosi" matches "syntymävuosi") and spaces, hyphens, dots and underscores ("Puhelin numero"
 * matches "puhelinnumero").
 */
public enum Column {
    PHONE("phone", "puhelin", "telefon", "phone_number", "telephone", "tel", "mobile", "mobile_number", "gsm",
            "puhelinnumero", "puh", "matkapuhelin", "telefonnummer", "mobil", "mobilnummer"),
    LANGUAGE("language", "kieli", "språk", "lang", "language_code", "asiointikieli", "äidinkieli", "modersmål",
            "ärendespråk"),
    MUNICIPALITY("municipality", "kunta", "kommun", "kotikunta", "hemkommun"),
    BIRTH_YEAR("birth_year", "syntymävuosi", "födelseår", "year_of_birth"),
    AGE_BAND("age_band", "ikäryhmä", "åldersgrupp", "age_group", "ikäluokka", "åldersklass"),
    REFERENCE("ref", "tunniste", "referens", "reference", "external_id", "id", "viite"),
    NAME("name", "nimi", "namn", "full_name");

    /** Every import needs these, in this order; and a birth year or an age band. */
    static final List<Column> REQUIRED = List.of(PHONE, LANGUAGE, MUNICIPALITY);

    private final List<String> names;
    private final List<String> keys;

    Column(String... names) {
        this.names = List.of(names);
        this.keys = this.names.stream().map(Column::key).toList();
    }

    /** The column's English name. */
    public String englishName() {
        return names.get(0);
    }

    /** The column's English, Finnish and Swedish names, for telling an officer what is missing. */
    public String examples() {
        return String.join(" / ", names.subList(0, 3));
    }

    public static Optional<Column> forHeader(String header) {
        String key = key(header);
        return Arrays.stream(values()).filter(c -> c.keys.contains(key)).findFirst();
    }

    /** Lower case, without accents or separators: how headers and language names are compared. */
    static String key(String text) {
        String stripped = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-._]+", "");
    }
}
