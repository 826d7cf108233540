package fi.kuuleva.speech.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.PromptBook;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.speech.audio.LoudnessTarget;
import fi.kuuleva.speech.audio.PromptFormat;
import fi.kuuleva.speech.setup.SpeechSetupException;
import fi.kuuleva.speech.support.CountingSynthesizer;
import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.speech.support.TestSurvey;
import fi.kuuleva.speech.tts.EspeakSynthesizer;
import fi.kuuleva.speech.tts.FreeTtsSynthesizer;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preparing every prompt of a survey version before the first call. */
class PromptPreparerTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void espeakIsInstalled() {
        Requirements.espeakNg();
    }

    @Test
    void preparesEveryPromptACallCanPlayInEveryLanguageOnce() throws IOException {
        Survey survey = TestSurvey.survey();
        CountingSynthesizer espeak = new CountingSynthesizer(EspeakSynthesizer.withDefaultVoices());
        PromptPreparer preparer = new PromptPreparer(files(espeak, espeak));

        PromptManifest manifest = preparer.prepare(survey);

        Set<Prompt> expected = new HashSet<>();
        for (Language language : survey.languages()) {
            expected.addAll(new PromptBook(survey, language, BuiltInPhrases.phrases()).all());
        }
        assertEquals(expected, manifest.files().keySet());
        assertTrue(expected.stream().anyMatch(Prompt::slow), "repeats at the slow rate are prepared too");
        for (PromptFile file : manifest.files().values()) {
            assertTrue(Files.size(file.file()) > 1000, file.toString());
        }
        int made = espeak.count();
        assertEquals(new HashSet<>(manifest.files().values()).size(), made);

        PromptManifest again = preparer.prepare(survey);
        assertEquals(manifest, again);
        assertEquals(made, espeak.count(), "a second preparation finds everything cached");
    }

    @Test
    void writesAManifestTheTelephonySideCanRead() throws IOException {
        PromptManifest manifest = new PromptPreparer(files(EspeakSynthesizer.withDefaultVoices(),
                EspeakSynthesizer.withDefaultVoices())).prepare(TestSurvey.survey(), java.util.List.of(Language.SV));
        Path json = dir.resolve("manifest.json");

        manifest.writeTo(json);

        JsonNode entries = new ObjectMapper().readTree(json.toFile());
        assertEquals(manifest.files().size(), entries.size());
        JsonNode intro = entries.get(0);
        assertEquals("sv", intro.get("language").asText());
        assertTrue(intro.get("file").asText().startsWith(intro.get("asteriskPath").asText()));
    }

    @Test
    void englishCanComeFromFreeTtsWhileFinnishAndSwedishComeFromEspeak() throws IOException {
        CountingSynthesizer espeak = new CountingSynthesizer(EspeakSynthesizer.withDefaultVoices());
        CountingSynthesizer freeTts = new CountingSynthesizer(new FreeTtsSynthesizer());

        new PromptPreparer(files(espeak, freeTts)).prepare(TestSurvey.survey(),
                java.util.List.of(Language.FI, Language.EN));

        assertTrue(espeak.count() > 0 && freeTts.count() > 0, espeak.count() + " / " + freeTts.count());
    }

    @Test
    void aSurveyLanguageWithoutASynthesizerFailsBeforeAnyCall() {
        PromptFiles noSwedish = new PromptFiles(Map.of(Language.FI, EspeakSynthesizer.withDefaultVoices()),
                RecordedPrompts.none(), new PromptCache(dir), PromptFormat.WAV, LoudnessTarget.TELEPHONE);

        SpeechSetupException e = assertThrows(SpeechSetupException.class,
                () -> new PromptPreparer(noSwedish).prepare(TestSurvey.survey()));

        assertTrue(e.getMessage().contains("'sv'"), e.getMessage());
    }

    private PromptFiles files(fi.kuuleva.speech.tts.Synthesizer nordic, fi.kuuleva.speech.tts.Synthesizer english) {
        return new PromptFiles(Map.of(Language.FI, nordic, Language.SV, nordic, Language.EN, english),
                RecordedPrompts.none(), new PromptCache(dir.resolve("cache")), PromptFormat.WAV,
                LoudnessTarget.TELEPHONE);
    }
}
