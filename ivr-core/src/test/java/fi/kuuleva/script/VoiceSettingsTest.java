package fi.kuuleva.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.script.SurveyScripts.Format;
import fi.kuuleva.survey.Settings.Voice;
import org.junit.jupiter.api.Test;

/** The speech rate in syllables per second, and the old words-per-minute fields still read. */
class VoiceSettingsTest {

    private static final String SCRIPT = """
            id: v
            title: {fi: V}
            languages: [fi]
            intro: {fi: Hei}
            consent: {fi: Vastaatko}
            questions:
              - {id: q, type: yes_no, text: {fi: Kysymys}}
            closing: {fi: Kiitos}
            settings:
              voice: VOICE
            """;

    @Test
    void theRateIsInSyllablesPerSecond() throws Exception {
        assertEquals(new Voice(3.6, 3.1, 500),
                voice("{syllablesPerSecond: 3.6, slowSyllablesPerSecond: 3.1, sentencePauseMillis: 500}"));
        assertEquals(new Voice(4.0, 3.3, 400), voice("{}"), "the defaults");
        assertEquals(new Voice(3.2, 3.2, 400), voice("{syllablesPerSecond: 3.2}"), "slow is never faster");
    }

    @Test
    void oldScriptsInWordsPerMinuteAreReadAtThirtyFivePerSyllablePerSecond() throws Exception {
        assertEquals(new Voice(4.0, 3.3, 400), voice("{wordsPerMinute: 140, slowWordsPerMinute: 115}"));
        assertEquals(new Voice(6.0, 3.3, 400), voice("{wordsPerMinute: 250}"), "kept within 3-6 syllables/s");
    }

    @Test
    void refusesRatesOutsideThreeToSixAndBothForms() {
        assertProblem("{syllablesPerSecond: 9}", "voice.syllablesPerSecond");
        assertProblem("{syllablesPerSecond: 4, slowSyllablesPerSecond: 4.5}", "voice.slowSyllablesPerSecond");
        assertProblem("{syllablesPerSecond: 4, wordsPerMinute: 140}", "voice.wordsPerMinute");
    }

    private static Voice voice(String voice) throws InvalidScriptException {
        return SurveyScripts.parse(SCRIPT.replace("VOICE", voice), Format.YAML, "v.yaml").settings().voice();
    }

    private static void assertProblem(String voice, String path) {
        InvalidScriptException refused = assertThrows(InvalidScriptException.class, () -> voice(voice));
        assertTrue(refused.problems().stream().anyMatch(p -> p.path().equals("settings." + path)),
                refused.getMessage());
    }
}
