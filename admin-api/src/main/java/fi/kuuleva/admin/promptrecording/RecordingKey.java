package fi.kuuleva.admin.promptrecording;

import fi.kuuleva.flow.Prompt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What a recording is of: a survey's prompt in one language with exactly this text (its SHA-256). */
public record RecordingKey(String surveySlug, String language, String promptId, String textSha256) {

    static RecordingKey of(String surveySlug, Prompt prompt) {
        return new RecordingKey(surveySlug, prompt.language().code(), prompt.id(), sha256(prompt.text()
                .getBytes(StandardCharsets.UTF_8)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
