package fi.kuuleva.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.Answer;
import fi.kuuleva.flow.AnswerRecorded;
import fi.kuuleva.flow.CallbackRequested;
import fi.kuuleva.flow.CallbackTime;
import fi.kuuleva.flow.ConsentGiven;
import fi.kuuleva.flow.InputNotAccepted;
import fi.kuuleva.flow.LanguageChosen;
import fi.kuuleva.flow.OptOutRequested;
import fi.kuuleva.flow.Outcome;
import fi.kuuleva.flow.QuestionUnanswered;
import fi.kuuleva.flow.RepeatRequested;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.survey.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SprintFactsTest {

    @Test
    void keepsWhatTheStoreNeedsAndIgnoresTheRest() {
        SprintFacts facts = SprintFacts.of(List.of(
                new LanguageChosen(Language.SV, LanguageChosen.How.KEY),
                new ConsentGiven(),
                new AnswerRecorded(Answer.byKey("q1", "yes")),
                new RepeatRequested("q2"),
                new InputNotAccepted("q2", "7", InputNotAccepted.Reason.WRONG_KEY),
                new QuestionUnanswered("q2", InputNotAccepted.Reason.WRONG_KEY),
                new AnswerRecorded(Answer.byKey("q3", "2")),
                new CallbackRequested("q4", CallbackTime.MORNING),
                new SurveyEnded(Outcome.CALLBACK_REQUESTED, "q4")));
        assertEquals(List.of(Answer.byKey("q1", "yes"), Answer.byKey("q3", "2")), facts.answers());
        assertEquals(List.of(new QuestionUnanswered("q2", InputNotAccepted.Reason.WRONG_KEY)), facts.unanswered());
        assertEquals(Optional.of(new CallbackRequested("q4", CallbackTime.MORNING)), facts.callback());
        assertEquals(Optional.empty(), facts.optOutAt());
        assertEquals(Optional.of(Language.SV), facts.language());
        assertEquals(Optional.of(true), facts.consent());
        assertEquals(Optional.of(new SurveyEnded(Outcome.CALLBACK_REQUESTED, "q4")), facts.ended());
        assertTrue(facts.touchesAttempt());
    }

    @Test
    void anOptOutAloneTouchesOnlyTheList() {
        SprintFacts facts = SprintFacts.of(List.of(new OptOutRequested("consent")));
        assertEquals(Optional.of("consent"), facts.optOutAt());
        assertFalse(facts.touchesAttempt());
        assertTrue(SprintFacts.of(List.of()).answers().isEmpty());
    }

    @org.junit.jupiter.api.Test
    void aTransferIsNotedAndOneNobodyAnsweredMarksItsCallBack() {
        SprintFacts failed = SprintFacts.of(List.of(new fi.kuuleva.flow.TransferAttempted("q1", false),
                new fi.kuuleva.flow.CallbackRequested("q1", fi.kuuleva.flow.CallbackTime.ANY)));
        assertTrue(failed.transferFailed());
        assertTrue(failed.touchesAttempt());
        SprintFacts connected = SprintFacts.of(List.of(new fi.kuuleva.flow.TransferAttempted("q1", true)));
        assertTrue(!connected.transferFailed() && connected.transfer().orElseThrow().connected());
        assertTrue(!SprintFacts.of(List.of()).transferFailed());
    }
}
