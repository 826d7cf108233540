package fi.kuuleva.admin.ui;

import static org.junit.jupiter.api.Assertions.fail;

import fi.kuuleva.dialler.Dispatcher;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * The service's settings for calls through the real local Asterisk's simulated residents (as CampaignCallsIT uses
 * it): the dispatcher on, FastAGI on {@code kuuleva.it.ui-agi-port} (4582), the simulated server. Fails without it.
 */
final class LocalAsterisk {

    private LocalAsterisk() {
    }

    static Map<String, String> properties(String instance) {
        Map<String, String> properties = new HashMap<>();
        properties.put("kuuleva.dispatcher.enabled", "true");
        properties.put("kuuleva.dispatcher.instance-id", instance);
        properties.put("kuuleva.dispatcher.public-holidays", "false");
        properties.put("kuuleva.dispatcher.poll-interval", "500ms");
        properties.put("kuuleva.telephony.agi-port", System.getProperty("kuuleva.it.ui-agi-port", "4582"));
        properties.put("kuuleva.telephony.media-dir", media().toString());
        properties.put("kuuleva.asterisk.servers.local.secret",
                System.getenv().getOrDefault("KUULEVA_AMI_SECRET", "kuuleva-dev-secret"));
        properties.put("kuuleva.asterisk.servers.local.channel", "Local/{digits}@simulated-residents");
        properties.put("kuuleva.asterisk.servers.local.simulated", "true");
        properties.put("kuuleva.asterisk.servers.local.ring-seconds", "8");
        properties.put("kuuleva.asterisk.servers.local.max-concurrent-calls", "3");
        return properties;
    }

    /** Waits until the dispatcher has logged in to the local Asterisk's AMI. */
    static void awaitLogin(Dispatcher dispatcher) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5038), 2000);
        } catch (IOException e) {
            fail("No Asterisk AMI on 127.0.0.1:5038 (" + e.getMessage() + "): run ./ivr asterisk start, or ./ivr test");
        }
        Awaitility.await("the dispatcher logs in to the local Asterisk's AMI").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100)).until(dispatcher::connected);
    }

    private static Path media() {
        String configured = System.getenv("KUULEVA_MEDIA_DIR");
        Path repo = Path.of(System.getProperty("kuuleva.repo", "..")).toAbsolutePath().normalize();
        Path media = Path.of(configured != null ? configured
                : System.getProperty("kuuleva.media", repo.resolve("var/media").toString())).toAbsolutePath();
        return media.normalize();
    }
}
