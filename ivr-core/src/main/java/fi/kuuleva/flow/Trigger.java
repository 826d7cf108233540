package fi.kuuleva.flow;

import fi.kuuleva.survey.Language;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts a session.
 *
 * @param knownLanguage    the respondent's language from the register, if known
 * @param speechLanguages  languages for which a speech recognizer is configured; others take keys only
 * @param earlierAnswers   answers from earlier, interrupted calls, by question id
 * @param earlierUnanswered questions an earlier call asked but got no answer to
 * @param voicemailLeft    whether an earlier call already left the survey's message on an answering machine: a
 *                         machine is then not given it again
 */
public record Trigger(Optional<Language> knownLanguage, Set<Language> speechLanguages,
                      Map<String, Answer> earlierAnswers, Set<String> earlierUnanswered,
                      boolean voicemailLeft) {

    public Trigger {
        speechLanguages = Set.copyOf(speechLanguages);
        earlierAnswers = Map.copyOf(earlierAnswers);
        earlierUnanswered = Set.copyOf(earlierUnanswered);
    }

    public static Trigger firstCall(Optional<Language> knownLanguage, Set<Language> speechLanguages) {
        return new Trigger(knownLanguage, speechLanguages, Map.of(), Set.of(), false);
    }

    boolean isResumption() {
        return !earlierAnswers.isEmpty() || !earlierUnanswered.isEmpty();
    }
}
