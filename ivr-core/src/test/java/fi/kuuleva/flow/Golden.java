package fi.kuuleva.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a transcript with its golden file. With {@code update} the file is (re)written for review; without it a
 * missing file fails, so a new scenario cannot pass before its transcript is written, reviewed and committed.
 */
final class Golden {

    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private Golden() {
    }

    static void check(Path golden, String actual, boolean update) throws IOException {
        if (update) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail(golden + " is missing: write it with -Dgolden.update=true, review it and commit it");
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "transcript of " + golden.getFileName() + " (regenerate with -Dgolden.update=true and review the diff)");
    }
}
