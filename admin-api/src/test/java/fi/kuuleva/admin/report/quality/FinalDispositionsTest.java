package fi.kuuleva.admin.report.quality;

import static fi.kuuleva.campaign.attempts.AttemptOutcome.ANSWERED;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.BUSY;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.CALLBACK_REQUESTED;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.COMPLETED;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.FAILED;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.HUNG_UP_MID_SURVEY;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.MACHINE;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.NO_ANSWER;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.NO_RESPONSE;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.OPTED_OUT;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.REFUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Final dispositions from attempt histories, one row per rule and per precedence between rules. */
class FinalDispositionsTest {

    static Stream<Arguments> histories() {
        return Stream.of(
                row(Disposition.NOT_ATTEMPTED, 0, attempts()),
                row(Disposition.ALWAYS_BUSY, 0, attempts(BUSY, BUSY, BUSY)),
                row(Disposition.NO_ANSWER, 0, attempts(BUSY, NO_ANSWER)),
                row(Disposition.TECHNICAL_FAILURE, 0, attempts(FAILED)),
                row(Disposition.UNKNOWN_OTHER, 0, attempts(NO_ANSWER, ANSWERED)),
                row(Disposition.ANSWERING_MACHINE, 0, attempts(NO_ANSWER, MACHINE, BUSY)),
                row(Disposition.OTHER_NON_INTERVIEW, 0, attempts(MACHINE, CALLBACK_REQUESTED)),
                row(Disposition.BREAK_OFF, 0, attempts(NO_RESPONSE)),
                row(Disposition.BREAK_OFF, 2, attempts(HUNG_UP_MID_SURVEY, NO_ANSWER)),
                row(Disposition.REFUSAL, 0, attempts(HUNG_UP_MID_SURVEY, REFUSED)),
                row(Disposition.REFUSAL, 0, attempts(OPTED_OUT)),
                row(Disposition.PARTIAL, 5, attempts(HUNG_UP_MID_SURVEY, OPTED_OUT)),
                row(Disposition.PARTIAL, 7, attempts(COMPLETED)),
                row(Disposition.COMPLETE, 8, attempts(BUSY, HUNG_UP_MID_SURVEY, COMPLETED)),
                row(Disposition.COMPLETE, 10, attempts(COMPLETED)),
                row(Disposition.BREAK_OFF, 4, attempts(COMPLETED)));
    }

    @ParameterizedTest(name = "{0} from {2} with {1} of 10 answered")
    @MethodSource("histories")
    void theMostInformativeOutcomeDecides(Disposition expected, int answered, List<AttemptFact> attempts) {
        assertEquals(expected, FinalDispositions.of(new CaseHistory(attempts, answered, 10 - answered, 10)));
    }

    /** A finished interview is judged on the questions its route asked: those skip routing left out do not count. */
    @Test
    void aFinishedInterviewIsJudgedOnTheQuestionsItsRouteAsked() {
        List<AttemptFact> completed = attempts(COMPLETED);
        assertEquals(Disposition.COMPLETE, FinalDispositions.of(new CaseHistory(completed, 6, 0, 10)),
                "6 of 10 questions, the other 4 skipped by routing");
        assertEquals(Disposition.PARTIAL, FinalDispositions.of(new CaseHistory(completed, 4, 2, 10)),
                "4 of the 6 its route asked");
        assertEquals(Disposition.COMPLETE, FinalDispositions.of(new CaseHistory(completed, 0, 0, 10)),
                "a route that asked nothing after consent");
        assertEquals(Disposition.BREAK_OFF, FinalDispositions.of(new CaseHistory(attempts(HUNG_UP_MID_SURVEY), 4, 0,
                10)), "a broken-off route's remaining questions are unknown: 4 of the survey's 10");
    }

    @ParameterizedTest(name = "Q.850 cause {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 22, 28})
    void aNumberTheNetworkDoesNotKnowIsNotEligible(int cause) {
        CaseHistory history = new CaseHistory(List.of(new AttemptFact(NO_ANSWER, 19), new AttemptFact(FAILED, cause)),
                0, 0, 10);
        assertEquals(Disposition.NON_WORKING_NUMBER, FinalDispositions.of(history));
        assertEquals(DispositionCategory.NOT_ELIGIBLE, FinalDispositions.of(history).category());
        CaseHistory hungUpBeforeAnswer = new CaseHistory(List.of(new AttemptFact(NO_ANSWER, cause)), 0, 0, 10);
        assertEquals(Disposition.NON_WORKING_NUMBER, FinalDispositions.of(hungUpBeforeAnswer),
                "Asterisk reports some such calls as hung up before answer, read as no answer");
        CaseHistory congested = new CaseHistory(List.of(new AttemptFact(FAILED, 34)), 0, 0, 10);
        assertEquals(Disposition.TECHNICAL_FAILURE, FinalDispositions.of(congested));
    }

    private static Arguments row(Disposition expected, int answered, List<AttemptFact> attempts) {
        return Arguments.of(expected, answered, attempts);
    }

    private static List<AttemptFact> attempts(AttemptOutcome... outcomes) {
        return Arrays.stream(outcomes).map(o -> new AttemptFact(o, o == FAILED ? 34 : 16)).toList();
    }
}
