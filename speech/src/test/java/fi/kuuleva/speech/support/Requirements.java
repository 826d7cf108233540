package fi.kuuleva.speech.support;

import static org.junit.jupiter.api.Assertions.fail;

import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The real things the speech tests need; a missing one fails the test with the fix, never skips it. */
public final class Requirements {

    private Requirements() {
    }

    public static void espeakNg() {
        try {
            Process process = new ProcessBuilder("espeak-ng", "--version").redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fail("espeak-ng is not installed, and these tests synthesize with it: apt-get install espeak-ng");
    }

    /** The English model the build unpacks ({@code kuuleva.speech.models}/en). */
    public static Path englishModel() {
        String models = System.getProperty("kuuleva.speech.models", "target/models");
        Path dir = Path.of(models, "en");
        if (!Files.isRegularFile(dir.resolve("am").resolve("final.mdl"))) {
            fail("the English Vosk model is missing at " + dir.toAbsolutePath() + ": run the build "
                    + "(mvn -pl speech -am test), whose generate-resources phase copies com.alphacephei:vosk-model-en"
                    + " and unpacks it there");
        }
        return dir;
    }

    public static Language english() {
        return Language.EN;
    }
}
