package fi.kuuleva.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.script.SurveyScripts.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A script rewritten from YAML to JSON and back is the same survey; text that is not YAML is refused at its line. */
class ScriptNotationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"kotona-asuminen", "terveyspalvelut"})
    void theExamplesSurviveTheRoundTrip(String name) throws Exception {
        String yaml = Files.readString(Path.of("../examples/" + name + ".yaml"));
        String json = ScriptNotations.convert(yaml, Format.YAML, Format.JSON, name);
        String back = ScriptNotations.convert(json, Format.JSON, Format.YAML, name);
        var original = SurveyScripts.parse(yaml, Format.YAML, name);
        assertEquals(original, SurveyScripts.parse(json, Format.JSON, name));
        assertEquals(original, SurveyScripts.parse(back, Format.YAML, name));
        assertTrue(json.indexOf("\"title\"") < json.indexOf("\"questions\""), "keys keep their order");
    }

    @Test
    void keysAndWordsThatLookLikeOtherTypesStayText() throws Exception {
        String json = """
                {"settings": {"keys": {"repeat": "#", "optOut": "off", "callback": "*"}},
                 "skip": {"no": "end", "yes": "9"}, "words": ["on", "null", "1", "- a", "a: b"]}""";
        String yaml = ScriptNotations.convert(json, Format.JSON, Format.YAML, "test");
        assertEquals(SurveyScripts.JSON.readTree(json), SurveyScripts.YAML.readTree(yaml), yaml);
    }

    @Test
    void aLongTextStaysOnOneLine() throws Exception {
        String text = "Hei, tämä on Etelä-Karjalan hyvinvointialueen automaattinen kysely, joka kestää kolme minuuttia.";
        String yaml = ScriptNotations.convert("{\"intro\": {\"fi\": \"" + text + "\"}}", Format.JSON, Format.YAML, "t");
        assertEquals(2, yaml.lines().count(), yaml);
    }

    @Test
    void textThatIsNotYamlIsRefusedAtItsLine() {
        var refused = assertThrows(InvalidScriptException.class,
                () -> ScriptNotations.convert("id: a\ntitle: [x\n", Format.YAML, Format.JSON, "test"));
        assertEquals(1, refused.problems().size());
        assertTrue(refused.problems().get(0).line() > 0, refused.problems().toString());
        assertTrue(refused.problems().get(0).message().startsWith("not valid YAML"));
    }
}
