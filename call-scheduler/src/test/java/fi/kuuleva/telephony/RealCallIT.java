package fi.kuuleva.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.Answer;
import fi.kuuleva.flow.AnswerRecorded;
import fi.kuuleva.flow.CallbackRequested;
import fi.kuuleva.flow.CallbackTime;
import fi.kuuleva.flow.DigitsEntered;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.InputNotAccepted;
import fi.kuuleva.flow.InputTimedOut;
import fi.kuuleva.flow.Outcome;
import fi.kuuleva.flow.PromptPlayed;
import fi.kuuleva.flow.QuestionUnanswered;
import fi.kuuleva.flow.RepeatRequested;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.survey.Language;
import fi.kuuleva.telephony.ami.CallEvent;
import fi.kuuleva.telephony.support.CallHarness;
import fi.kuuleva.telephony.support.LocalAsterisk;
import fi.kuuleva.telephony.support.Resident;
import fi.kuuleva.telephony.support.VoicemailBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real calls through the local Asterisk: AMI originates to simulated residents, the dialplan runs AMD and FastAGI,
 * our survey script runs the engine with real prompts and the real English Vosk model. The calls of all tests are
 * placed at once in {@link #placeCalls()} (they run concurrently, as a campaign's do); each test checks one.
 */
class RealCallIT {

    private static final Duration CALL_TIME = Duration.ofSeconds(120);
    private static CallHarness harness;

    @BeforeAll
    static void placeCalls() throws Exception {
        harness = new CallHarness();
        String answer = LocalAsterisk.media().resolve("simulated/answer-en").toString();
        double toImprove = harness.seconds(harness.promptsAfter(Language.EN, keys("1"), keys("1"), keys("4"),
                keys("12")));
        harness.call("keypad", Language.EN, Resident.person().waits(4).presses("1").waits(1).presses("1").waits(1)
                .presses("4").waits(1).presses("12#").waits(toImprove + 0.8).says(answer));

        double toSafe = harness.seconds(harness.promptsAfter(Language.EN, keys("1")));
        // 1.2 s after the prompts' own length: four prompts now play before the question listens, each its own AGI
        // round trip, and on a loaded machine a "Yes." spoken 0.5 s after them was partly heard ("yeah", 0.50)
        harness.call("voice", Language.EN, Resident.person().waits(4).presses("1").waits(toSafe + 1.2)
                .says(harness.spoken("Yes.")).waits(1).presses("5").waits(1).presses("3#").waits(1).hangsUp());

        // A wrong key only lists the keys (no try spent); two silences then leave the question unanswered.
        double keysListed = harness.seconds(harness.promptsAfter(Language.EN, keys("1"), keys("*"), keys("7")));
        double askedAgain = harness.seconds(harness.promptsAfter(Language.EN, keys("1"), keys("*"), keys("7"),
                new InputTimedOut()));
        double timeout = harness.survey.settings().timeoutSeconds();
        harness.call("tries", Language.EN, Resident.person().waits(4).presses("1").waits(1).presses("*").waits(1)
                .presses("7").waits(keysListed + timeout + askedAgain + timeout + 2.5).presses("5").waits(1)
                .presses("3#").waits(1).hangsUp());

        harness.call("optout", Language.EN, Resident.person().waits(4).presses("1").waits(1).presses("9").waits(1)
                .presses("9"));
        harness.call("callback", Language.FI, Resident.person().waits(4).presses("0").waits(1).presses("0").waits(1)
                .presses("2"));
        harness.call("callback-any", Language.EN, Resident.person().waits(4).presses("1").waits(1).presses("0")
                .waits(1).presses("0"));
        harness.call("hangup", Language.EN, Resident.person().waits(4).presses("1").waits(1).presses("2").waits(1)
                .hangsUp());
        harness.call("busy", Language.EN, Resident.person().with("RESIDENT_BUSY", "1"));
        harness.call("unanswered", Language.EN, "Local/unanswered@simulated-residents",
                Map.of("RESIDENT_NO_ANSWER", "1"), 4);
        harness.call("voicemail", Language.FI, Resident.person().with("RESIDENT_VOICEMAIL", "1"));
        for (String box : List.of("voicemail", "voicemail-low-beep", "voicemail-again")) {
            Files.deleteIfExists(VoicemailBox.file(box));
        }
        harness.call("voicemail-low-beep", Language.FI, Resident.person().with("RESIDENT_VOICEMAIL", "1")
                .with("RESIDENT_VOICEMAIL_GREETING", LocalAsterisk.media().resolve("simulated/voicemail-sv").toString())
                .with("RESIDENT_VOICEMAIL_BEEP", "440"));
        harness.callAfterVoicemail("voicemail-again", Language.FI, Resident.person().with("RESIDENT_VOICEMAIL", "1"));
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void aWholeSurveyAnsweredByKeypad() throws Exception {
        CallEvent end = harness.awaitCallEnd("keypad", CALL_TIME);
        assertEquals(Outcome.COMPLETED, ended("keypad").outcome(), transcript("keypad"));
        Map<String, Answer> answers = answers("keypad");
        assertEquals("yes", answers.get("safe").value());
        assertEquals("4", answers.get("rating").value());
        assertEquals("12", answers.get("visits").value());
        Answer improve = answers.get("improve");
        assertTrue(improve != null && improve.source() == Answer.Source.RECORDING, transcript("keypad"));
        assertTrue(Files.size(Path.of(improve.value())) > 8000 * 2, "the spoken answer was recorded: " + improve);
        assertInstanceOf(CallEvent.Ended.class, end);
        assertEquals("SUCCESS", ((CallEvent.Ended) end).agiStatus());
        assertEquals(16, ((CallEvent.Ended) end).hangupCause());
        assertTrue(harness.callEvents("keypad").stream().anyMatch(CallEvent.Answered.class::isInstance));
    }

    @Test
    void aQuestionAnsweredByVoiceThroughTheRealModel() throws Exception {
        harness.awaitCallEnd("voice", CALL_TIME);
        Map<String, Answer> answers = answers("voice");
        Answer safe = answers.get("safe");
        assertTrue(safe != null && safe.source() == Answer.Source.SPEECH, "spoken 'yes' recognized: " + transcript("voice"));
        assertEquals("yes", safe.value());
        assertEquals("5", answers.get("rating").value());
        assertEquals(Outcome.HUNG_UP, ended("voice").outcome());
    }

    @Test
    void starRepeatsAWrongKeyExplainsAndSilenceMovesOn() throws Exception {
        harness.awaitCallEnd("tries", CALL_TIME);
        List<Event> events = harness.journal.events("tries");
        assertTrue(events.contains(new RepeatRequested("safe")), transcript("tries"));
        assertTrue(events.contains(new InputNotAccepted("safe", "7", InputNotAccepted.Reason.WRONG_KEY)));
        assertTrue(events.contains(new QuestionUnanswered("safe", InputNotAccepted.Reason.SILENCE)));
        assertEquals("5", answers("tries").get("rating").value());
        assertEquals(new SurveyEnded(Outcome.HUNG_UP, "improve"), ended("tries"));
    }

    @Test
    void theOptOutKeyPressedAgainToConfirmEndsTheCallAsAnOptOut() throws Exception {
        harness.awaitCallEnd("optout", CALL_TIME);
        assertEquals(new SurveyEnded(Outcome.OPTED_OUT, "safe"), ended("optout"), transcript("optout"));
        List<String> played = played("optout");
        assertTrue(played.indexOf("phrase/confirm-opt-out") >= 0
                && played.indexOf("phrase/confirm-opt-out") < played.indexOf("phrase/opted-out"), transcript("optout"));
    }

    @Test
    void theCallBackKeyConfirmedIsRecordedInFinnishWithTheAfternoonPreferred() throws Exception {
        harness.awaitCallEnd("callback", CALL_TIME);
        assertEquals(new SurveyEnded(Outcome.CALLBACK_REQUESTED, "consent"), ended("callback"));
        assertTrue(harness.journal.events("callback").contains(new CallbackRequested("consent", CallbackTime.AFTERNOON)),
                transcript("callback"));
        assertTrue(harness.journal.events("callback").stream().filter(PromptPlayed.class::isInstance)
                .allMatch(event -> ((PromptPlayed) event).prompt().language() == Language.FI));
    }

    @Test
    void silenceAtTheCallBackTimeMeansNoPreference() throws Exception {
        harness.awaitCallEnd("callback-any", CALL_TIME);
        assertEquals(new SurveyEnded(Outcome.CALLBACK_REQUESTED, "safe"), ended("callback-any"),
                transcript("callback-any"));
        assertTrue(harness.journal.events("callback-any").contains(new CallbackRequested("safe", CallbackTime.ANY)),
                transcript("callback-any"));
    }

    @Test
    void aHangUpMidSurveyKeepsTheAnswersSoFar() throws Exception {
        CallEvent end = harness.awaitCallEnd("hangup", CALL_TIME);
        assertEquals(new SurveyEnded(Outcome.HUNG_UP, "rating"), ended("hangup"));
        assertEquals("no", answers("hangup").get("safe").value());
        assertInstanceOf(CallEvent.Ended.class, end);
    }

    @Test
    void busy() throws Exception {
        CallEvent end = harness.awaitCallEnd("busy", CALL_TIME);
        assertEquals(CallEvent.Failure.BUSY, ((CallEvent.NotAnswered) end).failure());
        assertTrue(harness.journal.events("busy").isEmpty(), "no survey ran");
    }

    @Test
    void noAnswer() throws Exception {
        CallEvent end = harness.awaitCallEnd("unanswered", CALL_TIME);
        assertEquals(CallEvent.Failure.NO_ANSWER, ((CallEvent.NotAnswered) end).failure());
    }

    @Test
    void aVoicemailMessageStartsAfterTheBeepAndIsRecordedWhole() throws Exception {
        CallEvent end = harness.awaitCallEnd("voicemail", CALL_TIME);
        assertEquals("MACHINE", ((CallEvent.Ended) end).amdStatus());
        assertEquals(Outcome.VOICEMAIL_LEFT, ended("voicemail").outcome(), transcript("voicemail"));
        assertRecordedWhole("voicemail", Language.FI);
    }

    @Test
    void aBeepAtAnotherPitchIsWaitedOutByTheQuietAfterIt() throws Exception {
        harness.awaitCallEnd("voicemail-low-beep", CALL_TIME);
        assertEquals(Outcome.VOICEMAIL_LEFT, ended("voicemail-low-beep").outcome(), transcript("voicemail-low-beep"));
        assertRecordedWhole("voicemail-low-beep", Language.FI);
    }

    @Test
    void aMessageLeftBeforeIsNotLeftAgain() throws Exception {
        harness.awaitCallEnd("voicemail-again", CALL_TIME);
        assertEquals(Outcome.MACHINE, ended("voicemail-again").outcome(), transcript("voicemail-again"));
        assertEquals(List.of(), played("voicemail-again"));
        assertTrue(!Files.exists(VoicemailBox.file("voicemail-again")), "hung up in the greeting: the box recorded nothing");
    }

    /**
     * The box records from the end of its beep: the whole message in it, after a moment of quiet, means the message
     * started after the beep (one started before would lack its start).
     */
    private static void assertRecordedWhole(String attempt, Language language) throws Exception {
        List<fi.kuuleva.flow.Prompt> message = harness.journal.events(attempt).stream()
                .filter(PromptPlayed.class::isInstance).map(event -> ((PromptPlayed) event).prompt()).toList();
        assertEquals(List.of("voicemail"), message.stream().map(fi.kuuleva.flow.Prompt::id).toList());
        assertEquals(language, message.get(0).language());
        double spoken = harness.seconds(message);
        VoicemailBox box = VoicemailBox.recorded(attempt);
        System.out.printf(java.util.Locale.ROOT, "%s: message %.1f s, box heard quiet %.2f s then %.1f s of it%n",
                attempt, spoken, box.quietBefore(), box.sounding());
        assertTrue(box.quietBefore() > 0.1, "a moment of quiet after the beep: " + box);
        assertTrue(box.quietBefore() < 4, "not long after the beep either: " + box);
        assertTrue(box.sounding() > spoken - 0.6, "the whole " + spoken + " s message was recorded: " + box);
    }

    private static DigitsEntered keys(String keys) {
        return new DigitsEntered(keys);
    }

    private static SurveyEnded ended(String attempt) throws Exception {
        return harness.journal.ended(attempt).get(CALL_TIME.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static Map<String, Answer> answers(String attempt) {
        return harness.journal.events(attempt).stream().filter(AnswerRecorded.class::isInstance)
                .map(event -> ((AnswerRecorded) event).answer())
                .collect(Collectors.toMap(Answer::questionId, answer -> answer, (a, b) -> b));
    }

    private static List<String> played(String attempt) {
        return harness.journal.events(attempt).stream().filter(PromptPlayed.class::isInstance)
                .map(event -> ((PromptPlayed) event).prompt().id()).toList();
    }

    private static String transcript(String attempt) {
        return harness.journal.events(attempt).stream().map(fi.kuuleva.play.Transcript::describe)
                .collect(Collectors.joining("\n  ", attempt + ":\n  ", "\n" + harness.callEvents(attempt)));
    }
}
