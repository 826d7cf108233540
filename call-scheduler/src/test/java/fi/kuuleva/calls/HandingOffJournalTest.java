package fi.kuuleva.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.flow.ConsentGiven;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.Outcome;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.telephony.agi.CallJournal;
import fi.kuuleva.telephony.agi.CallSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The end of a survey is handed to the dialler after the journal stored it, and only the end. */
class HandingOffJournalTest {

    private static final AttemptKey ATTEMPT = new AttemptKey(7);

    private final List<String> happened = new ArrayList<>();
    private final CallJournal stored = new CallJournal() {
        @Override
        public Optional<CallSetup> answered(AttemptKey attempt) {
            return Optional.empty();
        }

        @Override
        public void record(AttemptKey attempt, List<Event> events) {
            happened.add("stored " + events.size());
        }
    };

    @Test
    void theOutcomeFollowsTheStoredSprint() {
        SurveyOutcomes outcomes = new SurveyOutcomes();
        outcomes.subscribe(outcome -> happened.add("handed " + outcome.attempt() + " " + outcome.outcome()));
        CallJournal journal = new HandingOffJournal(stored, outcomes);

        journal.record(ATTEMPT, List.of(new ConsentGiven()));
        journal.record(ATTEMPT, List.of(new SurveyEnded(Outcome.REFUSED, "consent")));

        assertEquals(List.of("stored 1", "stored 1", "handed 7 REFUSED"), happened);
    }

    @Test
    void aFailedStoreHandsNothingOver() {
        SurveyOutcomes outcomes = new SurveyOutcomes();
        outcomes.subscribe(outcome -> happened.add("handed"));
        CallJournal failing = new HandingOffJournal(new CallJournal() {
            @Override
            public Optional<CallSetup> answered(AttemptKey attempt) {
                return Optional.empty();
            }

            @Override
            public void record(AttemptKey attempt, List<Event> events) {
                throw new IllegalStateException("database down");
            }
        }, outcomes);

        assertThrows(IllegalStateException.class,
                () -> failing.record(ATTEMPT, List.of(new SurveyEnded(Outcome.COMPLETED, "q9"))));
        assertEquals(List.of(), happened);
    }
}
