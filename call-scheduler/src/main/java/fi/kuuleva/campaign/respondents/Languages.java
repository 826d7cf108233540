package fi.kuuleva.campaign.respondents;

import fi.kuuleva.survey.Language;
import java.util.Map;
import java.util.Optional;

/** Register and officer spellings of the survey languages: codes, and names in Finnish, Swedish and English. */
final class Languages {
    private static final Map<String, Language> NAMES = Map.ofEntries(
            Map.entry("fi", Language.FI), Map.entry("fin", Language.FI), Map.entry("suomi", Language.FI),
            Map.entry("suomeksi", Language.FI), Map.entry("finnish", Language.FI), Map.entry("finska", Language.FI),
            Map.entry("sv", Language.SV), Map.entry("swe", Language.SV), Map.entry("sve", Language.SV),
            Map.entry("svenska", Language.SV), Map.entry("ruotsi", Language.SV), Map.entry("ruotsiksi", Language.SV),
            Map.entry("swedish", Language.SV), Map.entry("en", Language.EN), Map.entry("eng", Language.EN),
            Map.entry("english", Language.EN), Map.entry("englanti", Language.EN),
            Map.entry("englanniksi", Language.EN), Map.entry("engelska", Language.EN));

    private Languages() {
    }

    static Optional<Language> parse(String value) {
        return Optional.ofNullable(NAMES.get(Column.key(value)));
    }
}
