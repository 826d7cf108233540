package fi.kuuleva.telephony.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Asterisk-side analyzer's own unit tests (src/bench/test_asterisk_key_latency.py), run where python3 is. */
class KeyLatencyAnalyzerTest {

    @Test
    void pairsEachKeySequenceWithThePromptThatFollowsItsLastKey() throws IOException, InterruptedException {
        Path bench = Path.of("src/bench").toAbsolutePath();
        assumeTrue(Files.isRegularFile(bench.resolve("test_asterisk_key_latency.py")), "run from call-scheduler");
        Process python;
        try {
            python = new ProcessBuilder("python3", "-m", "unittest", "discover", "-s", bench.toString(),
                    "-p", "test_*.py").redirectErrorStream(true).start();
        } catch (IOException noPython) {
            assumeTrue(false, "no python3: " + noPython.getMessage());
            return;
        }
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        assertEquals(0, python.exitValue(), output);
    }
}
