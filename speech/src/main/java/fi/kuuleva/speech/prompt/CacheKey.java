package fi.kuuleva.speech.prompt;

import fi.kuuleva.speech.audio.LoudnessTarget;
import fi.kuuleva.speech.audio.PromptFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Everything that decides a prompt file's bytes. Equal keys give equal audio, so the SHA-256 of the key names the
 * file: a changed text, voice, rate, pause, format or engine version is a new file, never a stale one.
 *
 * @param source the engine and version ({@code espeak-ng 1.51}), or {@code recording} for an officer's file
 * @param voice  the voice, or for a recording its path, size and modification time
 */
public record CacheKey(String source, String voice, int wordsPerMinute, int sentencePauseMillis,
                       PromptFormat format, LoudnessTarget loudness, String text) {

    /** Bumped when the processing of audio changes, so old files are not reused. */
    static final int PIPELINE = 2;

    public String hash() {
        String canonical = String.join("\u0000", "v" + PIPELINE, source, voice, Integer.toString(wordsPerMinute),
                Integer.toString(sentencePauseMillis), format.name(), Double.toString(loudness.lufs()),
                Double.toString(loudness.peakCeilingDbfs()), text);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
