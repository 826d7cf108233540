package fi.kuuleva.survey;

import java.util.Locale;
import java.util.Optional;

/** The languages a survey can be spoken in; the code is the ISO 639-1 code used in scripts. */
public enum Language {
    FI, SV, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return code();
    }
}
