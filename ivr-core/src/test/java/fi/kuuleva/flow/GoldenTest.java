package fi.kuuleva.flow;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The golden check fails on a missing or different file and writes one only when asked to. */
class GoldenTest {

    @TempDir
    Path dir;

    @Test
    void aMissingGoldenFileFailsAndIsNotWritten() {
        Path golden = dir.resolve("new-scenario.golden");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Golden.check(golden, "start\n", false));
        assertFalse(Files.exists(golden), "nothing written without -Dgolden.update=true");
        assertEquals(golden + " is missing: write it with -Dgolden.update=true, review it and commit it",
                failure.getMessage());
    }

    @Test
    void aDifferentTranscriptFails() throws Exception {
        Path golden = Files.writeString(dir.resolve("changed.golden"), "start\n  said hello\n");
        assertThrows(AssertionFailedError.class, () -> Golden.check(golden, "start\n  said goodbye\n", false));
    }

    @Test
    void theSameTranscriptPasses() throws Exception {
        Path golden = Files.writeString(dir.resolve("same.golden"), "start\n");
        assertDoesNotThrow(() -> Golden.check(golden, "start\n", false));
    }

    @Test
    void updateWritesTheTranscriptForReview() throws Exception {
        Path golden = dir.resolve("written.golden");
        Golden.check(golden, "start\n", true);
        assertEquals("start\n", Files.readString(golden));
        Golden.check(golden, "start\n  again\n", true);
        assertEquals("start\n  again\n", Files.readString(golden));
    }
}
