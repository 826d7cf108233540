package fi.kuuleva.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings.Voice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptSpeakerTest {

    @TempDir
    Path dir;

    @Test
    void speaksEachPlayedPromptIntoANumberedWav() throws IOException {
        Requirements.espeakNg();
        Path out = dir.resolve("spoken");
        PromptSpeaker speaker = new PromptSpeaker(Speech.promptFiles(SpeechConfig.defaults(dir.resolve("cache"))),
                Voice.DEFAULTS, out);
        Prompt question = new Prompt("question/loneliness", Language.FI, "Oletko ollut yksinäinen?", false);

        speaker.accept(new Prompt("intro", Language.FI, "Hei.", false));
        speaker.accept(question);
        speaker.accept(question.slower());

        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("001-intro.wav", "002-question_loneliness.wav", "003-question_loneliness-slow.wav"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(WavFiles.read(out.resolve("003-question_loneliness-slow.wav")).durationMillis() > 500);
    }
}
