package fi.kuuleva.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.flow.ConsentGiven;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.InputAwaited;
import fi.kuuleva.flow.InputAwaited.Mode;
import fi.kuuleva.flow.Outcome;
import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.PromptPlayed;
import fi.kuuleva.flow.SessionState;
import fi.kuuleva.flow.SpeechGrammar;
import fi.kuuleva.flow.Sprint;
import fi.kuuleva.flow.Step;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.survey.Language;
import fi.kuuleva.telephony.agi.AgiStep.AwaitBeep;
import fi.kuuleva.telephony.agi.AgiStep.AwaitDigits;
import fi.kuuleva.telephony.agi.AgiStep.AwaitKey;
import fi.kuuleva.telephony.agi.AgiStep.Hangup;
import fi.kuuleva.telephony.agi.AgiStep.Play;
import fi.kuuleva.telephony.agi.AgiStep.Record;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The translator from sprints to AGI steps, table-tested as mailroom tests ResponseForSprint. */
class SprintTranslatorTest {

    private static final SessionState STATE = new SessionState("s", Language.FI, null, Set.of(), false, null,
            Set.of(), false, new Step.AskingConsent(0, 0));
    private static final Prompt INTRO = new Prompt("intro", Language.FI, "Hei", false);
    private static final Prompt VOICEMAIL = new Prompt("voicemail", Language.FI, "Hei, soitamme uudelleen", false);
    private static final Prompt QUESTION = new Prompt("question/q", Language.FI, "Kysymys", true);
    private static final SpeechGrammar GRAMMAR = new SpeechGrammar(Language.EN, Map.of("yes", List.of("yes")));

    static Stream<Arguments> table() {
        List<Event> prompts = List.of(new PromptPlayed(INTRO), new ConsentGiven(), new PromptPlayed(QUESTION));
        return Stream.of(
                Arguments.of("key question: interruptible prompts, then a key", true, prompts,
                        awaited(Mode.KEY, null), List.of(new Play("/p/intro", true), new Play("/p/question/q.slow", true),
                                new AwaitKey(8000, 0))),
                Arguments.of("key question with a grammar: listen too", true, prompts, awaited(Mode.KEY, GRAMMAR),
                        List.of(new Play("/p/intro", true), new Play("/p/question/q.slow", true), new AwaitKey(8000, 5))),
                Arguments.of("grammar but no recognizer: keys only", false, prompts, awaited(Mode.KEY, GRAMMAR),
                        List.of(new Play("/p/intro", true), new Play("/p/question/q.slow", true), new AwaitKey(8000, 0))),
                Arguments.of("number: digits", true, prompts, awaited(Mode.DIGITS, null),
                        List.of(new Play("/p/intro", true), new Play("/p/question/q.slow", true), new AwaitDigits(3, 8000))),
                Arguments.of("open answer: record", true, prompts, awaited(Mode.RECORDING, null),
                        List.of(new Play("/p/intro", true), new Play("/p/question/q.slow", true), new Record(60, 4, 8000))),
                Arguments.of("transfer to a person: the words before it are not cut short by a key", true,
                        List.of(new PromptPlayed(INTRO)), awaited(Mode.TRANSFER, null),
                        List.of(new Play("/p/intro", false), new AgiStep.Transfer())),
                Arguments.of("nothing awaited: the last words are not cut short, then hang up", true,
                        List.of(new PromptPlayed(INTRO), new SurveyEnded(Outcome.COMPLETED, "q")), null,
                        List.of(new Play("/p/intro", false), new Hangup())),
                Arguments.of("a voicemail message: after the machine's beep, not cut short", true,
                        List.of(new PromptPlayed(VOICEMAIL), new SurveyEnded(Outcome.VOICEMAIL_LEFT, "language")), null,
                        List.of(new AwaitBeep(), new Play("/p/voicemail", false), new Hangup())),
                Arguments.of("a machine given no message: hang up at once", true,
                        List.of(new SurveyEnded(Outcome.MACHINE, "language")), null, List.of(new Hangup())),
                Arguments.of("ended without words: hang up", true, List.of(new SurveyEnded(Outcome.HUNG_UP, "q")), null,
                        List.of(new Hangup())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void translates(String name, boolean speech, List<Event> events, InputAwaited awaited, List<AgiStep> expected) {
        SprintTranslator translator = new SprintTranslator(
                (survey, prompt, voice) -> "/p/" + prompt.id() + (prompt.slow() ? ".slow" : "")
                        + (voice.syllablesPerSecond() == 4.0 ? "" : "@" + voice.syllablesPerSecond()), speech);
        assertEquals(expected, translator.translate(new Sprint(events, Optional.ofNullable(awaited), STATE),
                "kotona", fi.kuuleva.survey.Settings.Voice.DEFAULTS));
    }

    @org.junit.jupiter.api.Test
    void promptsAreTheSurveysAtItsVoice() {
        SprintTranslator translator = new SprintTranslator(
                (survey, prompt, voice) -> "/" + survey + "/" + prompt.id() + "@" + voice.syllablesPerSecond(), false);
        Sprint sprint = new Sprint(List.of(new PromptPlayed(INTRO)), Optional.empty(), STATE);
        assertEquals(List.of(new Play("/kotona/intro@3.5", false), new Hangup()),
                translator.translate(sprint, "kotona", new fi.kuuleva.survey.Settings.Voice(3.5, 3.0, 500)));
    }

    private static InputAwaited awaited(Mode mode, SpeechGrammar grammar) {
        return new InputAwaited("q", mode, List.of("1", "2"), 3, 8, grammar, 60);
    }
}
