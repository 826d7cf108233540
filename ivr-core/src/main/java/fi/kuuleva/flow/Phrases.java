package fi.kuuleva.flow;

import fi.kuuleva.survey.Language;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The built-in wording of every {@link Phrase} in every language; a script's {@code messages} may override any of
 * it. Complete by construction (a missing wording is refused here, not in a call) and immutable, so one instance
 * serves every engine. Where the wording comes from is the caller's business (see {@code script.BuiltInPhrases}).
 */
public record Phrases(Map<Phrase, Map<Language, String>> texts) {

    public Phrases {
        Map<Phrase, Map<Language, String>> complete = new EnumMap<>(Phrase.class);
        for (Phrase phrase : Phrase.values()) {
            Map<Language, String> byLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String text = texts.getOrDefault(phrase, Map.of()).get(language);
                if (text == null) {
                    throw new IllegalArgumentException("no wording for " + phrase.scriptName() + "." + language.code());
                }
                byLanguage.put(language, text);
            }
            complete.put(phrase, Collections.unmodifiableMap(byLanguage));
        }
        texts = Collections.unmodifiableMap(complete);
    }

    /** The wording of {@code phrase} in {@code language}, placeholders unfilled. */
    public String of(Phrase phrase, Language language) {
        return texts.get(phrase).get(language);
    }
}
