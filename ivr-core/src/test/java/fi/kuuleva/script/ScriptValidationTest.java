package fi.kuuleva.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.script.SurveyScripts.Format;
import fi.kuuleva.survey.Survey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken scripts, one per kind of error: each is refused with the path, line and a plain message. */
class ScriptValidationTest {

    /** A valid two-language script; tests break one thing in it. */
    private static final String VALID = """
            id: test
            title: {fi: Testi, sv: Test}
            languages: [fi, sv]
            intro: {fi: Hei, sv: Hej}
            consent: {fi: Vastaatko, sv: Svarar du}
            questions:
              - id: q1
                type: yes_no
                text: {fi: Kysymys yksi, sv: Fråga ett}
                skip: {no: q3}
              - id: q2
                type: choice
                text: {fi: Kysymys kaksi, sv: Fråga två}
                options:
                  - {id: a, text: {fi: A, sv: A}}
                  - {id: b, text: {fi: B, sv: B}}
              - id: q3
                type: number
                min: 0
                max: 120
                text: {fi: Kysymys kolme, sv: Fråga tre}
            closing: {fi: Kiitos, sv: Tack}
            """;

    @Test
    void theBaseScriptAndTheExamplesAreValid() throws Exception {
        Survey survey = SurveyScripts.parse(VALID, Format.YAML, "valid.yaml");
        assertEquals(3, survey.questions().size());
        try (Stream<Path> examples = Files.list(Path.of("../examples"))) {
            List<Path> scripts = examples.filter(file -> file.toString().endsWith(".yaml")).toList();
            assertTrue(scripts.size() >= 2, "at least two example surveys");
            for (Path script : scripts) {
                assertTrue(SurveyScripts.read(script).questions().size() >= 5, script + " has a real survey");
            }
        }
    }

    record Broken(String name, String from, String to, String path, int line, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Broken> brokenScripts() {
        return Stream.of(
                new Broken("missing translation", "text: {fi: Kysymys yksi, sv: Fråga ett}", "text: {fi: Kysymys yksi}",
                        "questions[0].text.sv", 9, "missing Swedish text"),
                new Broken("empty text", "intro: {fi: Hei, sv: Hej}", "intro: {fi: '', sv: Hej}",
                        "intro.fi", 4, "empty Finnish text"),
                new Broken("duplicate id", "- id: q2", "- id: q1",
                        "questions[1].id", 11, "'q1' is already the id of questions[0]"),
                new Broken("skip target missing", "skip: {no: q3}", "skip: {no: q9}",
                        "questions[0].skip.no", 10, "there is no question 'q9'"),
                new Broken("loop", "      - {id: b, text: {fi: B, sv: B}}",
                        "      - {id: b, text: {fi: B, sv: B}}\n    next: q1",
                        "questions[1].next", 17, "goes back to 'q1', which would make a loop"),
                new Broken("unreachable question", "skip: {no: q3}", "next: q3",
                        "questions[1]", 11, "question 'q2' can never be reached"),
                new Broken("skip on an answer the question lacks", "skip: {no: q3}", "skip: {maybe: q3}",
                        "questions[0].skip.maybe", 10, "'maybe' is not an answer of this question (answers: yes, no)"),
                new Broken("key out of range", "- {id: b, text: {fi: B, sv: B}}", "- {id: b, key: '12', text: {fi: B, sv: B}}",
                        "questions[1].options[1].key", 16, "key '12' is out of range"),
                new Broken("key is the opt-out key", "- {id: b, text: {fi: B, sv: B}}", "- {id: b, key: '9', text: {fi: B, sv: B}}",
                        "questions[1].options[1].key", 16, "key 9 is the opt-out key"),
                new Broken("duplicate key", "- {id: b, text: {fi: B, sv: B}}", "- {id: b, key: '1', text: {fi: B, sv: B}}",
                        "questions[1].options[1].key", 16, "key 1 is already the key of questions[1].options[0]"),
                new Broken("number min greater than max", "min: 0", "min: 200",
                        "questions[2].min", 19, "min 200 is greater than max 120"),
                new Broken("unknown question type", "type: number", "type: numero",
                        "questions[2].type", 18, "'numero' is not a question type"),
                new Broken("misspelt field", "type: yes_no", "type: yes_no\n    txet: {fi: x, sv: y}",
                        "questions[0].txet", 9, "unknown field 'txet'"),
                new Broken("unsupported language", "languages: [fi, sv]", "languages: [fi, de]",
                        "languages[1]", 3, "'de' is not a supported language"),
                new Broken("scale using the call-back key", "type: number\n    min: 0\n    max: 120",
                        "type: scale\n    min: 0\n    max: 5\n    minLabel: {fi: a, sv: a}\n    maxLabel: {fi: b, sv: b}",
                        "questions[2].min", 19, "uses key 0, which is the call-back key"),
                new Broken("speech without words", "      - {id: a, text: {fi: A, sv: A}}",
                        "      - {id: a, text: {fi: A, sv: A}, words: {fi: [aa]}}",
                        "questions[1].options[0].words.sv", 16, "missing Swedish speech words"),
                new Broken("verify missing a language", "intro: {fi: Hei, sv: Hej}",
                        "settings:\n  verify: {fi: sivulta example.fi}\nintro: {fi: Hei, sv: Hej}",
                        "settings.verify.sv", 5, "missing Swedish text"),
                new Broken("not YAML", "title: {fi: Testi, sv: Test}", "title: {fi: Testi, sv: Test",
                        "", 3, "not valid YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenScripts")
    void isRefusedWithPathLineAndMessage(Broken broken) {
        String script = scriptOf(broken);
        assertTrue(!script.equals(VALID), "the test breaks the script");
        InvalidScriptException refused = assertThrows(InvalidScriptException.class,
                () -> SurveyScripts.parse(script, Format.YAML, "broken.yaml"));
        ScriptProblem problem = refused.problems().stream().filter(p -> p.path().equals(broken.path()))
                .findFirst().orElseThrow(() -> new AssertionError("no problem at " + broken.path() + " in " + refused.problems()));
        assertTrue(problem.message().contains(broken.message()), problem + " says: " + broken.message());
        assertEquals(broken.line(), problem.line(), "line of " + problem);
        assertTrue(refused.getMessage().startsWith("broken.yaml: "), "the message names the file");
    }

    private static String scriptOf(Broken broken) {
        String script = VALID.replace(broken.from(), broken.to());
        return broken.name().equals("speech without words")
                ? script.replace("type: choice", "type: choice\n    speech: true") : script;
    }

    @Test
    void verifyIsReadPerLanguage() throws Exception {
        Survey survey = SurveyScripts.parse(VALID.replace("intro: {fi: Hei, sv: Hej}",
                "settings:\n  verify: {fi: sivulta example.fi, sv: på example.fi}\nintro: {fi: Hei, sv: Hej}"),
                Format.YAML, "verify.yaml");
        assertEquals("på example.fi", survey.settings().verify().orElseThrow().in(fi.kuuleva.survey.Language.SV));
        assertTrue(SurveyScripts.parse(VALID, Format.YAML, "valid.yaml").settings().verify().isEmpty());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String script = VALID.replace("sv: Fråga ett", "sv: ''").replace("- id: q2", "- id: q1")
                .replace("min: 0", "min: 500").replace("closing: {fi: Kiitos, sv: Tack}", "closing: {fi: Kiitos}")
                .replace("skip: {no: q3}", "skip: {no: nowhere}");
        InvalidScriptException refused = assertThrows(InvalidScriptException.class,
                () -> SurveyScripts.parse(script, Format.YAML, "many.yaml"));
        List<String> paths = refused.problems().stream().map(ScriptProblem::path).toList();
        assertEquals(List.of("questions[0].text.sv", "questions[0].skip.no", "questions[1].id", "questions[2].min",
                "closing.sv"), paths, "every problem, in script order: " + refused.getMessage());
    }

    @Test
    void jsonScriptsUseTheSameModelAndPaths() throws Exception {
        String json = """
                {"id": "j", "title": {"en": "J"}, "languages": ["en"], "intro": {"en": "Hi"},
                 "consent": {"en": "Go?"}, "closing": {"en": "Bye"},
                 "questions": [{"id": "q", "type": "scale", "min": 1, "max": 3,
                                "text": {"en": "Rate"}, "minLabel": {"en": "low"}, "maxLabel": {"en": ""}}]}
                """;
        InvalidScriptException refused = assertThrows(InvalidScriptException.class,
                () -> SurveyScripts.parse(json, Format.JSON, "request body"));
        assertEquals("questions[0].maxLabel.en", refused.problems().get(0).path());
        assertEquals(4, refused.problems().get(0).line());
        Survey survey = SurveyScripts.parse(json.replace("\"maxLabel\": {\"en\": \"\"}", "\"maxLabel\": {\"en\": \"high\"}"),
                Format.JSON, "request body");
        assertEquals("q", survey.questions().get(0).id());
    }

    @Test
    void duplicateKeysInTheYamlAreRefused() {
        String script = VALID.replace("intro: {fi: Hei, sv: Hej}", "intro: {fi: Hei, sv: Hej}\nintro: {fi: Moi, sv: Tjena}");
        InvalidScriptException refused = assertThrows(InvalidScriptException.class,
                () -> SurveyScripts.parse(script, Format.YAML, "dup.yaml"));
        assertTrue(refused.getMessage().contains("Duplicate field 'intro'"), refused.getMessage());
        assertEquals(5, refused.problems().get(0).line());
    }
}
