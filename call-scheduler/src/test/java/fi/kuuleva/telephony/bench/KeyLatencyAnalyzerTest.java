package fi.kuuleva.telephony.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Asterisk-side analyzer's own unit tests (src/bench/test_asterisk_key_latency.py), python3 needed. */
class KeyLatencyAnalyzerTest {

    @Test
    void pairsEachKeySequenceWithThePromptThatFollowsItsLastKey() throws IOException, InterruptedException {
        Path bench = Path.of("src/bench").toAbsolutePath();
        assertTrue(Files.isRegularFile(bench.resolve("test_asterisk_key_latency.py")),
                "the analyzer's tests are missing under " + bench + " (run from call-scheduler)");
        Process python;
        try {
            python = new ProcessBuilder("python3", "-m", "unittest", "discover", "-s", bench.toString(),
                    "-p", "test_*.py").redirectErrorStream(true).start();
        } catch (IOException noPython) {
            throw new AssertionError("python3 is needed to test the analyzer (Debian: apt-get install python3): "
                    + noPython.getMessage(), noPython);
        }
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        assertEquals(0, python.exitValue(), output);
    }
}
