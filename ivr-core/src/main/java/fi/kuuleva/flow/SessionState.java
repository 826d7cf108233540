package fi.kuuleva.flow;

import fi.kuuleva.survey.Language;
import java.util.HashSet;
import java.util.Set;

/**
 * Everything a session needs between two resumes; saved as JSON by {@code flow.json.SessionCodec} so that a call
 * can be served by any instance and resumed after a crash.
 *
 * @param language      the chosen language, null until chosen
 * @param knownLanguage the register's language, null if unknown
 * @param resumeAt      the first unanswered question of an interrupted survey, null on a first call
 * @param explained     what this call has already explained in full (see {@link PromptBook}'s kinds): later
 *                      questions of a kind get the short instructions
 * @param voicemailLeft whether an earlier attempt left the survey's message on the respondent's answering machine
 * @param caller        who is on the line (null, as in states saved before inbound calls: called by the service)
 * @param staffOnDuty   whether asking for a person puts the caller through now instead of filing a call-back
 */
public record SessionState(String surveyId, Language language, Language knownLanguage,
                           Set<Language> speechLanguages, boolean resumed, String resumeAt, Set<String> explained,
                           boolean voicemailLeft, Step step, Caller caller, boolean staffOnDuty) {

    public SessionState {
        speechLanguages = Set.copyOf(speechLanguages);
        explained = explained == null ? Set.of() : Set.copyOf(explained);
        caller = caller == null ? Caller.CALLED : caller;
    }

    /** The state of a call the service placed, with nobody to put the caller through to and no voicemail left. */
    public SessionState(String surveyId, Language language, Language knownLanguage, Set<Language> speechLanguages,
                        boolean resumed, String resumeAt, Set<String> explained, Step step) {
        this(surveyId, language, knownLanguage, speechLanguages, resumed, resumeAt, explained, false, step,
                Caller.CALLED, false);
    }

    /** The state of a call the service placed, with nobody to put the caller through to. */
    public SessionState(String surveyId, Language language, Language knownLanguage, Set<Language> speechLanguages,
                        boolean resumed, String resumeAt, Set<String> explained, boolean voicemailLeft, Step step) {
        this(surveyId, language, knownLanguage, speechLanguages, resumed, resumeAt, explained, voicemailLeft, step,
                Caller.CALLED, false);
    }

    SessionState with(Step next) {
        return new SessionState(surveyId, language, knownLanguage, speechLanguages, resumed, resumeAt, explained,
                voicemailLeft, next, caller, staffOnDuty);
    }

    SessionState in(Language chosen) {
        return new SessionState(surveyId, chosen, knownLanguage, speechLanguages, resumed, resumeAt, explained,
                voicemailLeft, step, caller, staffOnDuty);
    }

    SessionState explaining(Set<String> kinds) {
        Set<String> all = new HashSet<>(explained);
        all.addAll(kinds);
        return new SessionState(surveyId, language, knownLanguage, speechLanguages, resumed, resumeAt, all,
                voicemailLeft, step, caller, staffOnDuty);
    }
}
