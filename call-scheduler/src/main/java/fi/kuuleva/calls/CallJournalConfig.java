package fi.kuuleva.calls;

import fi.kuuleva.survey.Language;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** @param speechLanguages codes (fi, sv, en) of the languages a speech recognizer is configured for */
@ConfigurationProperties("kuuleva.call")
public record CallJournalConfig(@Nullable List<String> speechLanguages) {

    /** The speech languages; an unknown code is a configuration error. */
    public Set<Language> languages() {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (String code : speechLanguages == null ? List.<String>of() : speechLanguages) {
            languages.add(Language.fromCode(code.trim()).orElseThrow(() -> new IllegalArgumentException(
                    "kuuleva.call.speech-languages: not a language code: " + code)));
        }
        return languages;
    }
}
