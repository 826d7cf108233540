package fi.kuuleva.admin.speech;

import fi.kuuleva.calls.PromptUrls;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Prompt audio for an Asterisk that does not see this instance's media folder ({@code kuuleva.telephony.prompt-url}):
 * {@code GET /media/prompts/<aa>/<sha-256>.<format>?sig=...}. The address's signature ({@link PromptUrls}) is the
 * authentication, not a login (Asterisk has none): without this instance's signature every address is 403. A prompt
 * file never changes under its name, so Asterisk's media cache may keep it for a year.
 */
@Controller("/media/prompts")
@Secured(SecurityRule.IS_ANONYMOUS)
class PromptAudioController {

    /** Asterisk takes the format from the address's extension; no audio type that would say otherwise. */
    private static final MediaType AUDIO = MediaType.APPLICATION_OCTET_STREAM_TYPE;

    private final PromptUrls urls;

    PromptAudioController(PromptUrls urls) {
        this.urls = urls;
    }

    @Get("/{folder}/{file}")
    HttpResponse<?> prompt(String folder, String file, @Nullable @QueryValue String sig) {
        Optional<Path> found = urls.file(folder + "/" + file, sig);
        if (found.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body("not a signed prompt address of this instance");
        }
        if (!Files.isRegularFile(found.get())) {
            return HttpResponse.notFound("no such prompt file on this instance");
        }
        return HttpResponse.ok(new SystemFile(found.get().toFile(), AUDIO))
                .header("Cache-Control", "public, max-age=31536000, immutable");
    }
}
