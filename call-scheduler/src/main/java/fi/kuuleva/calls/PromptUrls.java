package fi.kuuleva.calls;

import fi.kuuleva.speech.SpeechConfig;
import fi.kuuleva.speech.prompt.PromptFile;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where an Asterisk that does not see this instance's media folder fetches its prompt files over HTTP (Asterisk's
 * {@code res_http_media_cache}, which keeps each address's file): {@code <kuuleva.telephony.prompt-url>/<aa>/<sha-256
 * of the prompt>.<format>?sig=<HMAC-SHA256>}. The signature is the route's authentication: only this instance can
 * make it (the key is made at start and never leaves memory), so an address is good for this instance's lifetime
 * and only for the file it names. Prompt files are content-addressed, so an address never names other audio.
 * Thread-safe.
 */
@Singleton
public final class PromptUrls {

    /** A prompt cache entry: two hex digits of folder, the SHA-256 in hex, a prompt format's extension. */
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{64}\\.(wav|wav16|sln|sln16)");
    private static final String HMAC = "HmacSHA256";

    private final Optional<String> base;
    private final Path folder;
    private final SecretKeySpec key;

    public PromptUrls(TelephonyConfig telephony, SpeechConfig speech) {
        this(Optional.ofNullable(telephony.promptUrl()).filter(url -> !url.isBlank()), speech.cacheDir());
    }

    PromptUrls(Optional<String> base, Path folder) {
        base.ifPresent(PromptUrls::checkBase);
        this.base = base.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        this.folder = folder.toAbsolutePath().normalize();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /** Whether prompts go to Asterisk as addresses ({@code kuuleva.telephony.prompt-url} set) or as paths. */
    public boolean enabled() {
        return base.isPresent();
    }

    /** The signed address of {@code file}, which must be a prompt file of this instance's prompt folder. */
    public String urlFor(PromptFile file) {
        String name = nameOf(file.file()).orElseThrow(() -> new IllegalArgumentException(
                file.file() + " is not a prompt file of " + folder + ": it cannot be served to Asterisk"));
        return base.orElseThrow(() -> new IllegalStateException("kuuleva.telephony.prompt-url is not set"))
                + "/" + name + "?sig=" + signature(name);
    }

    /**
     * The prompt file {@code name} (as in the address: {@code aa/<sha-256>.<format>}) when {@code signature} is the one
     * this instance gave it; empty for anything else, also when serving is off.
     */
    public Optional<Path> file(String name, String signature) {
        if (base.isEmpty() || name == null || signature == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        byte[] expected = signature(name).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(folder.resolve(name));
    }

    private Optional<String> nameOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder)) {
            return Optional.empty();
        }
        String name = folder.relativize(absolute).toString().replace('\\', '/');
        return NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    private String signature(String name) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(name.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static void checkBase(String url) {
        if (!url.matches("https?://[^\\s?#]+")) {
            throw new IllegalArgumentException("kuuleva.telephony.prompt-url must be an http:// or https:// address"
                    + " without query or fragment, e.g. http://10.0.0.5:8080/media/prompts: " + url);
        }
    }
}
