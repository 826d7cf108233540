package fi.kuuleva.admin.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.preview.PromptAudio;
import fi.kuuleva.admin.preview.Simulator;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.Prompt;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.asr.SpeechLanguages;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings.Voice;
import fi.kuuleva.telephony.speech.SpeechAdapter;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The service's {@code kuuleva.speech} configuration reaches the files calls stream: the prompt locator a call uses
 * (over the one {@link PromptFiles} bean) plays the configured voice, and configured speech models load at start.
 */
class SpeechConfigurationIT {

    private static final Path MEDIA = TestDatabase.temporaryDirectory("kuuleva-speech-config");
    private static final Prompt GREETING = new Prompt("intro", Language.FI, "Hyvää päivää, tässä Kuuleva.", false);
    private static final String ENGLISH_MODEL = Path.of("../speech/target/models/en").toAbsolutePath().normalize()
            .toString();

    @AfterAll
    static void cleanUp() {
        TestDatabase.delete(MEDIA);
    }

    @Test
    void theConfiguredVoiceIsTheFileACallStreams() throws IOException {
        Path standard;
        Path female;
        try (ApplicationContext context = service(Map.of())) {
            standard = Path.of(callsPlay(context) + ".wav");
        }
        try (ApplicationContext context = service(Map.of("kuuleva.speech.voices.fi", "fi+f3"))) {
            female = Path.of(callsPlay(context) + ".wav");
        }
        assertTrue(standard.startsWith(MEDIA.resolve("prompts")), standard + " is where Asterisk finds prompts");
        assertNotEquals(standard, female, "another voice is another prompt file");
        assertFalse(Arrays.equals(Files.readAllBytes(standard), Files.readAllBytes(female)), "and other audio");
        try (ApplicationContext context = service(Map.of("kuuleva.speech.voices.fi", "fi+f3"))) {
            assertArrayEquals(Files.readAllBytes(female), Files.readAllBytes(Path.of(callsPlay(context) + ".wav")),
                    "the same configuration makes the same file");
        }
    }

    @Test
    void aPreviewOfHeaderlessPromptFilesIsStillAWavFile() throws Exception {
        FlowEngine engine = new FlowEngine(SurveyScripts.read(Path.of("src/test/resources/surveys/store-test.yaml")),
                BuiltInPhrases.phrases());
        try (ApplicationContext context = service(Map.of("kuuleva.speech.format", "sln16"))) {
            assertTrue(callsPlay(context).startsWith(MEDIA.resolve("prompts").toString()));
            assertTrue(Files.exists(Path.of(callsPlay(context) + ".sln16")), "calls stream the configured format");
            byte[] preview = context.getBean(PromptAudio.class).wav(engine, "intro", "fi", "language");
            assertEquals("RIFF", new String(preview, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(16000, WavFiles.decode(preview).sampleRate());
        }
    }

    @Test
    void theConfiguredEnglishModelTakesSpokenAnswers() {
        try (ApplicationContext context = service(Map.of("kuuleva.speech.models.en", ENGLISH_MODEL))) {
            assertEquals(Set.of(Language.EN), context.getBean(SpeechLanguages.class).languages());
            assertEquals(Set.of(Language.EN), context.getBean(Simulator.class).speechLanguages());
        }
    }

    @Test
    void aMissingModelFailsTheStartNamingItsPath() {
        String missing = MEDIA.resolve("no-swedish-model").toString();
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> service(Map.of("kuuleva.speech.models.sv", missing)).close());
        assertTrue(causes(refused).contains(missing), causes(refused));
    }

    /** What a call's AGI script is handed for the prompt: the Asterisk path of its file, without extension. */
    private static String callsPlay(ApplicationContext context) {
        return SpeechAdapter.prompts(context.getBean(PromptFiles.class)).fileFor("greeting", GREETING,
                Voice.DEFAULTS);
    }

    private static ApplicationContext service(Map<String, String> speech) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.telephony.media-dir", MEDIA.toString());
        properties.putAll(speech);
        return ApplicationContext.run(properties, "test");
    }

    private static String causes(Throwable thrown) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
