package fi.kuuleva.calls;

import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.telephony.agi.CallJournal;
import fi.kuuleva.telephony.agi.CallSetup;
import java.util.List;
import java.util.Optional;

/**
 * A journal that, once a sprint ending the survey is durable, hands the survey's outcome to {@link SurveyOutcomes}:
 * the dialler learns how the call went from the call itself, not by reading it back. Thread-safe.
 */
final class HandingOffJournal implements CallJournal {

    private final CallJournal journal;
    private final SurveyOutcomes outcomes;

    HandingOffJournal(CallJournal journal, SurveyOutcomes outcomes) {
        this.journal = journal;
        this.outcomes = outcomes;
    }

    @Override
    public Optional<CallSetup> answered(AttemptKey attempt) {
        return journal.answered(attempt);
    }

    @Override
    public void record(AttemptKey attempt, List<Event> events) {
        journal.record(attempt, events);
        events.stream().filter(SurveyEnded.class::isInstance).map(SurveyEnded.class::cast).findFirst()
                .ifPresent(ended -> outcomes.publish(new SurveyOutcome(attempt, ended.outcome())));
    }
}
