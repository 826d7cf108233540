package fi.kuuleva.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.speech.support.TestSurvey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechToolTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void preparesAScriptIntoAFolderWithAManifest(@TempDir Path dir) {
        Requirements.espeakNg();

        int exit = run("prepare", TestSurvey.script().toString(), "--out", dir.toString(), "--format", "wav16");

        assertEquals(0, exit, text(err));
        assertTrue(text(out).contains("prepared"), text(out));
        assertTrue(Files.isRegularFile(dir.resolve("wellbeing-test.manifest.json")));
    }

    @Test
    void explainsItsUsage() {
        assertEquals(2, run("speak"));
        assertTrue(text(err).contains("usage: prepare SCRIPT"));
    }

    @Test
    void aBadOptionIsAnErrorNotAStackTrace() {
        assertEquals(1, run("prepare", TestSurvey.script().toString(), "--format", "mp3"));
        assertTrue(text(err).contains("'mp3' is not a prompt format"), text(err));
    }

    private int run(String... args) {
        return SpeechTool.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
