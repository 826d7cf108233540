package fi.kuuleva.telephony.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The local Asterisk the real-call tests use: the one {@code ./ivr asterisk start} (and the README's test command)
 * runs on 127.0.0.1. A missing Asterisk fails the tests with what to do; it never skips them.
 */
public final class LocalAsterisk {

    public static final String HOST = "127.0.0.1";
    public static final int AMI_PORT = 5038;

    private LocalAsterisk() {
    }

    public static void require() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, AMI_PORT), 2000);
        } catch (IOException e) {
            fail("No Asterisk AMI on " + HOST + ":" + AMI_PORT + " (" + e.getMessage() + "). These tests need the "
                    + "real local Asterisk: run ./ivr asterisk start, or ./ivr test which starts it.");
        }
    }

    public static String amiSecret() {
        return System.getenv().getOrDefault("KUULEVA_AMI_SECRET", "kuuleva-dev-secret");
    }

    public static Path repo() {
        return Path.of(System.getProperty("kuuleva.repo", "..")).toAbsolutePath().normalize();
    }

    /** The media folder Asterisk sees at the same path (bind-mounted into its chroot). */
    public static Path media() {
        String configured = System.getenv("KUULEVA_MEDIA_DIR");
        Path media = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("kuuleva.media", repo().resolve("var/media").toString()));
        if (!Files.isDirectory(media.resolve("simulated"))) {
            fail("The media folder " + media + " has no simulated/ residents' audio: start the local Asterisk with "
                    + "./ivr asterisk start (it prepares the folder).");
        }
        return media.toAbsolutePath().normalize();
    }

    /** Restarts the local Asterisk (as the tests of a dropped AMI connection need). */
    public static void restart() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(repo().resolve("asterisk-config/bin/local-asterisk").toString(), "restart")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("local-asterisk restart failed:\n" + output);
        }
    }
}
