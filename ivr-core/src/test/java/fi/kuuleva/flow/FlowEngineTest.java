package fi.kuuleva.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties of the engine over many random callers, beyond the golden scenarios. */
class FlowEngineTest {

    private static final List<Resume> INPUTS = List.of(new DigitsEntered("1"), new DigitsEntered("2"),
            new DigitsEntered("3"), new DigitsEntered("5"), new DigitsEntered("7"), new DigitsEntered("*"),
            new DigitsEntered("42"), new DigitsEntered("#"), new InputTimedOut(), new InputTimedOut(),
            new SpeechRecognized("yes", 0.9), new SpeechRecognized("often", 0.4), new SpeechRecognized("hello", 0.9),
            new RecordingCaptured("rec", 3.0, null));
    private static final List<Resume> RARE = List.of(new DigitsEntered("9"), new DigitsEntered("0"),
            new CallerHungUp(), new MachineDetected());

    @ParameterizedTest
    @ValueSource(strings = {"kotona-asuminen", "terveyspalvelut"})
    void randomCallersAlwaysReachAnEndAndEveryPromptIsPreparable(String name) throws Exception {
        Survey survey = SurveyScripts.read(Path.of("../examples/" + name + ".yaml"));
        FlowEngine engine = new FlowEngine(survey, BuiltInPhrases.phrases());
        Set<Prompt> preparable = new HashSet<>();
        survey.languages().forEach(language -> preparable.addAll(new PromptBook(survey, language, BuiltInPhrases.phrases()).all()));
        Random random = new Random(20261127L);
        String first = survey.questions().get(0).id();
        Set<Outcome> outcomes = new HashSet<>();
        for (int call = 0; call < 2_000; call++) {
            Optional<Language> known = random.nextBoolean() ? Optional.empty()
                    : Optional.of(survey.languages().get(random.nextInt(survey.languages().size())));
            Sprint sprint = engine.start(random.nextInt(4) > 0 ? Trigger.firstCall(known, Set.of(Language.EN))
                    : new Trigger(known, Set.of(Language.EN), Map.of(first, Answer.byKey(first, "3")), Set.of(),
                    random.nextBoolean()));
            List<Event> events = new ArrayList<>(sprint.events());
            int steps = 0;
            while (!sprint.ended()) {
                List<Resume> pool = random.nextInt(40) == 0 ? RARE : INPUTS;
                sprint = engine.resume(sprint.state(), pool.get(random.nextInt(pool.size())));
                events.addAll(sprint.events());
                assertTrue(++steps < 200, "a caller is never trapped: ended within 200 inputs");
            }
            List<SurveyEnded> ends = events.stream().filter(SurveyEnded.class::isInstance)
                    .map(SurveyEnded.class::cast).toList();
            assertEquals(1, ends.size(), "exactly one end per session");
            assertTrue(events.get(events.size() - 1) instanceof SurveyEnded, "the end is the last event");
            outcomes.add(ends.get(0).outcome());
            Set<String> answered = new HashSet<>();
            for (Event event : events) {
                if (event instanceof PromptPlayed played) {
                    assertTrue(preparable.contains(played.prompt()), "PromptBook.all() lists " + played.prompt());
                }
                if (event instanceof AnswerRecorded recorded) {
                    assertTrue(answered.add(recorded.answer().questionId()), "each question answered at most once");
                }
            }
            Sprint afterEnd = engine.resume(sprint.state(), new DigitsEntered("1"));
            assertTrue(afterEnd.events().isEmpty() && afterEnd.ended(), "an ended session stays ended");
        }
        assertTrue(outcomes.containsAll(Set.of(Outcome.COMPLETED, Outcome.OPTED_OUT, Outcome.CALLBACK_REQUESTED,
                Outcome.HUNG_UP, Outcome.MACHINE, Outcome.VOICEMAIL_LEFT)), "random callers reach every kind of end: " + outcomes);
    }
}
