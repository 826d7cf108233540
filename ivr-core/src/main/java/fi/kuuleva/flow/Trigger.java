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
 * @param caller           who is on the line: called by the service, or calling in (null: called)
 * @param staffOnDuty      whether a member of staff can take the call now (office hours and a staff line set)
 */
public record Trigger(Optional<Language> knownLanguage, Set<Language> speechLanguages,
                      Map<String, Answer> earlierAnswers, Set<String> earlierUnanswered, boolean voicemailLeft,
                      Caller caller, boolean staffOnDuty) {

    public Trigger {
        speechLanguages = Set.copyOf(speechLanguages);
        earlierAnswers = Map.copyOf(earlierAnswers);
        earlierUnanswered = Set.copyOf(earlierUnanswered);
        caller = caller == null ? Caller.CALLED : caller;
    }

    /** A call the service placed, with no member of staff to put the caller through to and no voicemail left. */
    public Trigger(Optional<Language> knownLanguage, Set<Language> speechLanguages,
                   Map<String, Answer> earlierAnswers, Set<String> earlierUnanswered) {
        this(knownLanguage, speechLanguages, earlierAnswers, earlierUnanswered, false, Caller.CALLED, false);
    }

    /** A call the service placed, with no member of staff to put the caller through to. */
    public Trigger(Optional<Language> knownLanguage, Set<Language> speechLanguages,
                   Map<String, Answer> earlierAnswers, Set<String> earlierUnanswered, boolean voicemailLeft) {
        this(knownLanguage, speechLanguages, earlierAnswers, earlierUnanswered, voicemailLeft, Caller.CALLED, false);
    }

    public static Trigger firstCall(Optional<Language> knownLanguage, Set<Language> speechLanguages) {
        return new Trigger(knownLanguage, speechLanguages, Map.of(), Set.of());
    }

    /** This trigger for a call from {@code who}. */
    public Trigger from(Caller who) {
        return new Trigger(knownLanguage, speechLanguages, earlierAnswers, earlierUnanswered, voicemailLeft, who,
                staffOnDuty);
    }

    /** This trigger with a member of staff to put the caller through to, or not. */
    public Trigger staffed(boolean onDuty) {
        return new Trigger(knownLanguage, speechLanguages, earlierAnswers, earlierUnanswered, voicemailLeft, caller,
                onDuty);
    }

    boolean isResumption() {
        return !caller.inquires() && (!earlierAnswers.isEmpty() || !earlierUnanswered.isEmpty());
    }
}
