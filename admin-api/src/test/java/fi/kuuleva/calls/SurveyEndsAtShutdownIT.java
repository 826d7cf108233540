package fi.kuuleva.calls;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.dialler.Dispatcher;
import fi.kuuleva.flow.Outcome;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A call whose survey ends while the service stops (the dispatcher closed, FastAGI still finishing calls) is not
 * refused by the stopped dispatcher thread. Before, the dispatcher stayed subscribed to {@link SurveyOutcomes} after
 * it closed, and the hand-off threw {@code RejectedExecutionException} into the call's FastAGI thread.
 */
class SurveyEndsAtShutdownIT {

    @Test
    void aSurveyEndingAfterTheDispatcherClosedIsNotHandedToIt() throws IOException {
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.dispatcher.enabled", "true");
        properties.put("kuuleva.dispatcher.public-holidays", "false");
        properties.put("kuuleva.telephony.agi-port", String.valueOf(freePort()));
        properties.put("kuuleva.telephony.media-dir", Files.createTempDirectory("kuuleva-media").toString());
        properties.put("kuuleva.asterisk.servers.local.port", String.valueOf(freePort()));
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            Dispatcher dispatcher = context.getBean(Dispatcher.class);
            SurveyOutcomes outcomes = context.getBean(SurveyOutcomes.class);

            dispatcher.close();

            assertDoesNotThrow(() -> outcomes.publish(new SurveyOutcome(new AttemptKey(1), Outcome.COMPLETED)));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
