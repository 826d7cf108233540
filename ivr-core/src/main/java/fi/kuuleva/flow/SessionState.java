package fi.kuuleva.flow;

import fi.kuuleva.survey.Language;
import java.util.Set;

/**
 * Everything a session needs between two resumes; saved as JSON by {@code flow.json.SessionCodec} so that a call
 * can be served by any instance and resumed after a crash.
 *
 * @param language      the chosen language, null until chosen
 * @param knownLanguage the register's language, null if unknown
 * @param resumeAt      the first unanswered question of an interrupted survey, null on a first call
 */
public record SessionState(String surveyId, Language language, Language knownLanguage,
                           Set<Language> speechLanguages, boolean resumed, String resumeAt, Step step) {

    public SessionState {
        speechLanguages = Set.copyOf(speechLanguages);
    }

    SessionState with(Step next) {
        return new SessionState(surveyId, language, knownLanguage, speechLanguages, resumed, resumeAt, next);
    }

    SessionState in(Language chosen) {
        return new SessionState(surveyId, chosen, knownLanguage, speechLanguages, resumed, resumeAt, step);
    }
}
