package fi.kuuleva.flow;

import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import java.util.EnumMap;
import java.util.Map;

/** The prompt books of one survey, one per language, and which of them a session speaks now. Immutable. */
final class PromptBooks {

    private final Map<Language, PromptBook> books = new EnumMap<>(Language.class);
    private final Language first;

    PromptBooks(Survey survey, Phrases phrases) {
        survey.languages().forEach(language -> books.put(language, new PromptBook(survey, language, phrases)));
        first = survey.languages().get(0);
    }

    PromptBook in(Language language) {
        return books.get(language);
    }

    /** The chosen language's book, or before the choice the known language's, or the first language's. */
    PromptBook of(SessionState state) {
        return books.get(state.language() != null ? state.language()
                : state.knownLanguage() != null ? state.knownLanguage() : first);
    }
}
