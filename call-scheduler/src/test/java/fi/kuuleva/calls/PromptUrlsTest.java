package fi.kuuleva.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.speech.audio.PromptFormat;
import fi.kuuleva.speech.prompt.PromptFile;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signed prompt addresses: only the named file, only with this instance's signature. */
class PromptUrlsTest {

    private static final Path FOLDER = Path.of("/srv/kuuleva/media/prompts");
    private static final String NAME = "b1/b1f017537821f3920d2ee51c1b505bbd9cb377f6deeb8bd3a8eadb24e7afba63.wav";
    private static final String OTHER = "bb/bb66c76f2e1650c9501ae9cd452d419d99508347df1c89c06c28aa75d0d28eee.wav";

    private final PromptUrls urls = new PromptUrls(Optional.of("http://10.0.0.5:8080/media/prompts/"), FOLDER);

    @Test
    void anAddressNamesTheFileAndCarriesItsSignatureWhichOpensOnlyThatFile() {
        String url = urls.urlFor(prompt(NAME));

        assertTrue(url.startsWith("http://10.0.0.5:8080/media/prompts/" + NAME + "?sig="), url);
        String signature = url.substring(url.indexOf("?sig=") + 5);
        assertEquals(Optional.of(FOLDER.resolve(NAME)), urls.file(NAME, signature));
        assertEquals(Optional.empty(), urls.file(OTHER, signature), "another file with the same signature");
        assertEquals(Optional.empty(), urls.file(NAME, signature.substring(1) + "0"));
        assertEquals(Optional.empty(), urls.file(NAME, ""));
        assertEquals(Optional.empty(), urls.file(NAME, null));
    }

    @Test
    void anotherInstanceOrARestartSignsDifferently() {
        String url = urls.urlFor(prompt(NAME));
        PromptUrls restarted = new PromptUrls(Optional.of("http://10.0.0.5:8080/media/prompts"), FOLDER);

        assertEquals(Optional.empty(), restarted.file(NAME, url.substring(url.indexOf("?sig=") + 5)));
    }

    @Test
    void onlyPromptCacheNamesAreServedNeverAPathOutOfTheFolder() {
        for (String name : new String[] {"../db-passwords", "b1/../../db-passwords", "/etc/passwd",
                "b1/B1F017537821F3920D2EE51C1B505BBD9CB377F6DEEB8BD3A8EADB24E7AFBA63.wav", "b1/x.wav",
                NAME.replace(".wav", ".txt"), NAME + "/..", "recordings/1-1-improve.wav"}) {
            assertEquals(Optional.empty(), urls.file(name, "0".repeat(64)), name);
        }
        assertThrows(IllegalArgumentException.class, () -> urls.urlFor(prompt("../recordings/"
                + "b1f017537821f3920d2ee51c1b505bbd9cb377f6deeb8bd3a8eadb24e7afba63.wav")));
    }

    @Test
    void withoutAnAddressPromptsGoByPathAndNothingIsServed() {
        PromptUrls off = new PromptUrls(Optional.empty(), FOLDER);

        assertFalse(off.enabled());
        assertThrows(IllegalStateException.class, () -> off.urlFor(prompt(NAME)));
        assertEquals(Optional.empty(), off.file(NAME, "0".repeat(64)));
    }

    @Test
    void anAddressWithAQueryOrAnotherSchemeIsRefusedAtStart() {
        for (String base : new String[] {"ftp://host/prompts", "http://host/prompts?x=1", "10.0.0.5:8080/prompts",
                "http://host/prom pts"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new PromptUrls(Optional.of(base), FOLDER), base);
            assertTrue(e.getMessage().contains("kuuleva.telephony.prompt-url"), e.getMessage());
        }
    }

    private static PromptFile prompt(String name) {
        return new PromptFile(FOLDER.resolve(name), PromptFormat.WAV, false);
    }
}
