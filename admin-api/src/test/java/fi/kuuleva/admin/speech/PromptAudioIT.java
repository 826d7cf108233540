package fi.kuuleva.admin.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.calls.PromptUrls;
import fi.kuuleva.flow.Prompt;
import fi.kuuleva.speech.prompt.PromptFile;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings.Voice;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Prompts served to an Asterisk that does not share the media folder: the signed address gives the prompt's bytes
 * without a login; anything else (no or another signature, another name, a path out of the folder) is refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptAudioIT implements TestPropertyProvider {

    private static final Prompt QUESTION = new Prompt("question/yksin", Language.FI,
            "Oletko tuntenut itsesi yksinäiseksi?", false);

    @Inject
    PromptFiles prompts;
    @Inject
    PromptUrls urls;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.telephony.media-dir", TestDatabase.temporaryDirectory("kuuleva-media").toString());
        properties.put("kuuleva.telephony.prompt-url", "http://asterisk-reaches-us.example:8080/media/prompts");
        return properties;
    }

    @Test
    void theSignedAddressGivesThePromptsBytesWithoutALoginAndMayBeCachedLong() throws Exception {
        PromptFile file = prompts.fileFor(QUESTION, Voice.DEFAULTS);
        String url = urls.urlFor(file);
        assertTrue(url.startsWith("http://asterisk-reaches-us.example:8080/media/prompts/"), url);

        HttpResponse<byte[]> response = http.toBlocking().exchange(HttpRequest.GET(local(url)), byte[].class);

        assertEquals(200, response.code());
        assertArrayEquals(Files.readAllBytes(file.file()), response.body());
        assertEquals("public, max-age=31536000, immutable", response.header("Cache-Control"));
    }

    @Test
    void withoutThisInstancesSignatureOrOutsideThePromptFilesNothingIsServed() throws Exception {
        PromptFile file = prompts.fileFor(QUESTION, Voice.DEFAULTS);
        String path = local(urls.urlFor(file));
        String name = path.substring("/media/prompts/".length(), path.indexOf('?'));
        String other = "00/" + "0".repeat(64) + ".wav";

        assertEquals(403, status(path.substring(0, path.indexOf('?'))), "no signature");
        assertEquals(403, status(path.replace("sig=", "sig=0")), "another signature");
        assertEquals(403, status("/media/prompts/" + other + path.substring(path.indexOf('?'))),
                "the signature of another file");
        assertEquals(403, status("/media/prompts/..%2F..%2Fdb-passwords/x" + path.substring(path.indexOf('?'))));
        assertEquals(403, status("/media/prompts/" + name.replace(".wav", ".WAV") + path.substring(path.indexOf('?'))));
        Files.delete(file.file());
        assertEquals(404, status(path), "a signed name whose file is gone");
    }

    /** The address as Asterisk would fetch it, here from the test's own server. */
    private static String local(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private int status(String path) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET(path), byte[].class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
