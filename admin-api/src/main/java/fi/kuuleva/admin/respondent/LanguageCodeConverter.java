package fi.kuuleva.admin.respondent;

import fi.kuuleva.survey.Language;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

/** Stores a {@link Language} as its ISO 639-1 code ({@code fi}, {@code sv}, {@code en}). */
@Singleton
public class LanguageCodeConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToPersistedValue(Language language, ConversionContext context) {
        return language == null ? null : language.code();
    }

    @Override
    public Language convertToEntityValue(String code, ConversionContext context) {
        return code == null ? null : Language.fromCode(code)
                .orElseThrow(() -> new IllegalArgumentException("not a language code: " + code));
    }
}
