package fi.kuuleva.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.json.SessionCodec;
import fi.kuuleva.play.Transcript;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.script.SurveyScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden scenarios in the style of goflow's runner: each {@code scenarios/*.case} is played through the engine and
 * its transcript compared with {@code *.golden}. Every session state is saved to JSON and restored between inputs,
 * as the telephony edge does. A case without its golden file fails; write it with {@code mvn test -Dgolden.update=true}
 * and review the diff.
 */
class ScenarioTest {

    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private static final List<Path> SURVEY_DIRS = List.of(Path.of("../examples"), Path.of("src/test/resources/scripts"));

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(file -> file.toString().endsWith(".case")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void playsAsTheGoldenTranscriptSays(Path caseFile) throws Exception {
        Scenario scenario = Scenario.read(caseFile);
        FlowEngine engine = new FlowEngine(SurveyScripts.read(surveyFile(scenario.survey())), BuiltInPhrases.phrases());
        List<String> transcript = new ArrayList<>();
        transcript.add("start known=" + scenario.known().map(Object::toString).orElse("-")
                + " speech=" + scenario.speech() + " earlier=" + scenario.earlierAnswers().keySet().stream().sorted()
                .toList() + " unanswered=" + scenario.earlierUnanswered().stream().sorted().toList()
                + (scenario.voicemailLeft() ? " voicemail-left" : "")
                + (scenario.caller() == Caller.CALLED ? "" : " caller=" + scenario.caller())
                + (scenario.staffOnDuty() ? " staff=on-duty" : ""));
        Sprint sprint = engine.start(scenario.trigger());
        record(transcript, sprint);
        for (String input : scenario.inputs()) {
            assertTrue(!sprint.ended(), scenario.name() + ": input '" + input + "' after the session ended");
            SessionState restored = SessionCodec.state(SessionCodec.toJson(sprint.state()));
            assertEquals(sprint.state(), restored, "session state survives JSON");
            transcript.add("< " + input);
            sprint = engine.resume(restored, Scenario.resume(input));
            record(transcript, sprint);
        }
        assertTrue(sprint.ended(), scenario.name() + ": the inputs ran out before the session ended");

        String actual = String.join("\n", transcript) + "\n";
        Golden.check(SCENARIOS.resolve(scenario.name() + ".golden"), actual, Golden.UPDATE);
    }

    private static void record(List<String> transcript, Sprint sprint) {
        for (Event event : sprint.events()) {
            transcript.add("  " + Transcript.describe(event));
            assertEquals(event, SessionCodec.event(SessionCodec.toJson(event)), "event survives JSON");
        }
        sprint.awaiting().ifPresent(awaited -> transcript.add("  await " + describe(awaited)));
    }

    private static String describe(InputAwaited awaited) {
        StringBuilder text = new StringBuilder(awaited.at() + " " + awaited.mode().name().toLowerCase()
                + " keys=" + String.join(",", awaited.keys()) + " timeout=" + awaited.timeoutSeconds() + "s");
        if (awaited.mode() == InputAwaited.Mode.DIGITS) {
            text.append(" max=").append(awaited.maxDigits());
        }
        if (awaited.mode() == InputAwaited.Mode.RECORDING) {
            text.append(" record=").append(awaited.maxRecordSeconds()).append("s");
        }
        if (awaited.grammar() != null) {
            text.append(" speech[").append(awaited.grammar().language()).append("]=")
                    .append(awaited.grammar().phrasesByValue().entrySet().stream()
                            .sorted(java.util.Map.Entry.comparingByKey())
                            .map(entry -> entry.getKey() + ":" + String.join("|", entry.getValue()))
                            .collect(Collectors.joining(" ")));
        }
        return text.toString();
    }

    private static Path surveyFile(String name) {
        return SURVEY_DIRS.stream().map(dir -> dir.resolve(name + ".yaml")).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no survey " + name + " in " + SURVEY_DIRS));
    }
}
