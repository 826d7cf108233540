package fi.kuuleva.flow.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.Answer;
import fi.kuuleva.flow.AnswerRecorded;
import fi.kuuleva.flow.DigitsEntered;
import fi.kuuleva.flow.InputNotAccepted;
import fi.kuuleva.flow.Outcome;
import fi.kuuleva.flow.RecordingCaptured;
import fi.kuuleva.flow.SessionState;
import fi.kuuleva.flow.Step;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.survey.Language;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The saved format does not change: JSON written before the Jackson annotations moved into mix-ins (copied from
 * sessions of the golden scenarios) reads back to the same values and is written again byte for byte.
 */
class SessionCodecTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"surveyId\":\"kotona-asuminen\",\"speechLanguages\":[],\"resumed\":false,"
                    + "\"explained\":[],\"step\":{\"step\":\"language\",\"tries\":0}}",
            "{\"surveyId\":\"kotona-asuminen\",\"knownLanguage\":\"FI\",\"speechLanguages\":[],\"resumed\":true,"
                    + "\"resumeAt\":\"turvallisuus\",\"explained\":[\"scale\"],\"step\":{\"step\":\"language\",\"tries\":0}}",
            "{\"surveyId\":\"kotona-asuminen\",\"language\":\"EN\",\"speechLanguages\":[],\"resumed\":false,"
                    + "\"explained\":[],\"step\":{\"step\":\"consent\",\"tries\":0,\"wrongKeys\":0}}",
            "{\"surveyId\":\"kotona-asuminen\",\"language\":\"EN\",\"knownLanguage\":\"EN\",\"speechLanguages\":[\"EN\"],"
                    + "\"resumed\":false,\"explained\":[],\"step\":{\"step\":\"question\",\"questionId\":\"arjen_sujuminen\",\"tries\":0,"
                    + "\"wrongKeys\":2}}",
            "{\"surveyId\":\"kotona-asuminen\",\"language\":\"EN\",\"knownLanguage\":\"EN\",\"speechLanguages\":[\"EN\"],"
                    + "\"resumed\":false,\"explained\":[],\"step\":{\"step\":\"confirm\",\"questionId\":\"yksinaisyys\",\"tries\":1,"
                    + "\"value\":\"usein\",\"heard\":\"often\",\"confidence\":0.5}}",
            "{\"surveyId\":\"kotona-asuminen\",\"language\":\"EN\",\"speechLanguages\":[],\"resumed\":false,"
                    + "\"explained\":[],\"step\":{\"step\":\"finished\",\"outcome\":\"REFUSED\"}}"})
    void savedStatesReadBackAndAreWrittenTheSame(String saved) {
        assertEquals(saved, SessionCodec.toJson(SessionCodec.state(saved)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"LanguageChosen\",\"language\":\"EN\",\"how\":\"KEY\"}",
            "{\"type\":\"PromptPlayed\",\"prompt\":{\"id\":\"question/kotihoito\",\"language\":\"EN\","
                    + "\"text\":\"Do you use home care services?\",\"slow\":true}}",
            "{\"type\":\"ConsentGiven\"}",
            "{\"type\":\"AnswerRecorded\",\"answer\":{\"questionId\":\"turvallisuus\",\"value\":\"yes\","
                    + "\"source\":\"KEY\",\"confirmed\":false}}",
            "{\"type\":\"AnswerRecorded\",\"answer\":{\"questionId\":\"yksinaisyys\",\"value\":\"usein\","
                    + "\"source\":\"SPEECH\",\"confidence\":0.5,\"confirmed\":true}}",
            "{\"type\":\"AnswerRecorded\",\"answer\":{\"questionId\":\"parannettavaa\",\"value\":\"rec-0003\","
                    + "\"source\":\"RECORDING\",\"confirmed\":false,\"transcript\":\"more buses to the health centre\"}}",
            "{\"type\":\"InputNotAccepted\",\"at\":\"yksinaisyys\",\"input\":\"hello\",\"reason\":\"NOT_UNDERSTOOD\"}",
            "{\"type\":\"ConfirmationRequested\",\"questionId\":\"yksinaisyys\",\"value\":\"usein\",\"heard\":\"often\","
                    + "\"confidence\":0.5}",
            "{\"type\":\"QuestionUnanswered\",\"questionId\":\"arjen_sujuminen\",\"lastReason\":\"SILENCE\"}",
            "{\"type\":\"SurveyEnded\",\"outcome\":\"COMPLETED\",\"lastStep\":\"parannettavaa\"}"})
    void savedEventsReadBackAndAreWrittenTheSame(String saved) {
        assertEquals(saved, SessionCodec.toJson(SessionCodec.event(saved)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"DigitsEntered\",\"digits\":\"12\"}",
            "{\"type\":\"SpeechRecognized\",\"text\":\"four\",\"confidence\":0.93}",
            "{\"type\":\"RecordingCaptured\",\"recording\":\"rec-0003\",\"seconds\":21.5,"
                    + "\"transcript\":\"more buses to the health centre\"}",
            "{\"type\":\"InputTimedOut\"}", "{\"type\":\"CallerHungUp\"}", "{\"type\":\"MachineDetected\"}"})
    void savedResumesReadBackAndAreWrittenTheSame(String saved) {
        assertEquals(saved, SessionCodec.toJson(SessionCodec.resume(saved)));
    }

    @Test
    void nullPartsAreLeftOutAndTypesNamed() {
        SessionState state = new SessionState("s", null, Language.SV, Set.of(), false, null, Set.of("scale"), false,
                new Step.AskingQuestion("q1", 2, 1));
        assertEquals("{\"surveyId\":\"s\",\"knownLanguage\":\"SV\",\"speechLanguages\":[],\"resumed\":false,"
                + "\"explained\":[\"scale\"],\"step\":{\"step\":\"question\",\"questionId\":\"q1\",\"tries\":2,"
                + "\"wrongKeys\":1}}", SessionCodec.toJson(state));
        assertEquals("{\"type\":\"SurveyEnded\",\"outcome\":\"HUNG_UP\"}",
                SessionCodec.toJson(new SurveyEnded(Outcome.HUNG_UP, null)));
        assertEquals("{\"type\":\"InputNotAccepted\",\"at\":\"consent\",\"reason\":\"SILENCE\"}",
                SessionCodec.toJson(new InputNotAccepted("consent", null, InputNotAccepted.Reason.SILENCE)));
        assertEquals("{\"type\":\"RecordingCaptured\",\"recording\":\"r\",\"seconds\":1.0}",
                SessionCodec.toJson(new RecordingCaptured("r", 1.0, null)));
        assertEquals(new AnswerRecorded(Answer.byKey("q1", "yes")), SessionCodec.event(
                "{\"type\":\"AnswerRecorded\",\"answer\":{\"questionId\":\"q1\",\"value\":\"yes\",\"source\":\"KEY\"}}"));
    }

    @Test
    void aSessionSavedBeforeExplainedAndWrongKeysReadsAsNothingExplainedAndNoWrongKey() {
        SessionState state = SessionCodec.state("{\"surveyId\":\"s\",\"speechLanguages\":[],\"resumed\":false,"
                + "\"step\":{\"step\":\"question\",\"questionId\":\"q1\",\"tries\":1}}");
        assertEquals(new SessionState("s", null, null, Set.of(), false, null, Set.of(), false,
                new Step.AskingQuestion("q1", 1, 0)), state);
    }

    @Test
    void aVoicemailLeftBeforeIsSavedOnlyWhenTrue() {
        SessionState state = new SessionState("s", null, null, Set.of(), true, null, Set.of(), true,
                new Step.ChoosingLanguage(0));
        String json = SessionCodec.toJson(state);
        assertTrue(json.contains("\"voicemailLeft\":true"), json);
        assertEquals(state, SessionCodec.state(json));
    }

    @Test
    void aControlWaitingForConfirmationKeepsTheStepItGoesBackTo() {
        SessionState state = new SessionState("s", Language.FI, null, Set.of(), false, null, Set.of(), false,
                new Step.ConfirmingControl("9", "q1", new Step.AskingQuestion("q1", 0, 2)));
        assertEquals(state, SessionCodec.state(SessionCodec.toJson(state)));
    }

    @Test
    void unknownPropertiesAreIgnoredAndGarbageRefused() {
        assertEquals(new DigitsEntered("5"), SessionCodec.resume("{\"type\":\"DigitsEntered\",\"digits\":\"5\",\"x\":1}"));
        assertThrows(IllegalArgumentException.class, () -> SessionCodec.state("{\"step\":{\"step\":\"dancing\"}}"));
    }
}
