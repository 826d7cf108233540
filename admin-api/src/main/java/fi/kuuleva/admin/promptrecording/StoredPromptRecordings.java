package fi.kuuleva.admin.promptrecording;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.prompt.PromptRecordings;
import fi.kuuleva.speech.prompt.RecordedAudio;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Officers' prompt recordings in PostgreSQL ({@code prompt_recordings}), shared by every instance. A call's lookup
 * reads the audio's hash only; the audio itself is read once per instance, when its prompt file is first made.
 * Thread-safe.
 */
@Singleton
public class StoredPromptRecordings implements PromptRecordings {

    private final JdbcOperations jdbc;

    public StoredPromptRecordings(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @ReadOnly
    public Optional<RecordedAudio> find(String surveyId, Prompt prompt) {
        RecordingKey key = RecordingKey.of(surveyId, prompt);
        Optional<String> hash = jdbc.prepareStatement("SELECT audio_sha256 FROM prompt_recordings WHERE survey_slug = ?"
                + " AND language = ? AND prompt_id = ? AND text_sha256 = ?", statement -> {
                    bind(statement, key);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                    }
                });
        return hash.map(sha -> new RecordedAudio("stored " + sha, () -> WavFiles.decode(audio(key))));
    }

    @ReadOnly
    public byte[] audio(RecordingKey key) {
        return jdbc.prepareStatement("SELECT audio FROM prompt_recordings WHERE survey_slug = ? AND language = ?"
                + " AND prompt_id = ? AND text_sha256 = ?", statement -> {
                    bind(statement, key);
                    try (ResultSet rows = statement.executeQuery()) {
                        if (!rows.next()) {
                            throw new IllegalStateException("the recording of " + key + " was removed");
                        }
                        return rows.getBytes(1);
                    }
                });
    }

    /** Keeps {@code wav} as the recording of {@code key}, replacing an earlier one. */
    @Transactional
    public void save(RecordingKey key, byte[] wav, int durationMs, long versionId, String user, Instant at) {
        jdbc.prepareStatement("""
                INSERT INTO prompt_recordings (survey_slug, language, prompt_id, text_sha256, audio, audio_sha256,
                                               duration_ms, version_id, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (survey_slug, language, prompt_id, text_sha256) DO UPDATE SET audio = EXCLUDED.audio,
                    audio_sha256 = EXCLUDED.audio_sha256, duration_ms = EXCLUDED.duration_ms,
                    version_id = EXCLUDED.version_id, uploaded_by = EXCLUDED.uploaded_by,
                    uploaded_at = EXCLUDED.uploaded_at""", statement -> {
                    bind(statement, key);
                    statement.setBytes(5, wav);
                    statement.setString(6, RecordingKey.sha256(wav));
                    statement.setInt(7, durationMs);
                    statement.setLong(8, versionId);
                    statement.setString(9, user);
                    statement.setTimestamp(10, Timestamp.from(at));
                    return statement.executeUpdate();
                });
    }

    @Transactional
    public boolean delete(RecordingKey key) {
        return jdbc.prepareStatement("DELETE FROM prompt_recordings WHERE survey_slug = ? AND language = ?"
                + " AND prompt_id = ? AND text_sha256 = ?", statement -> {
                    bind(statement, key);
                    return statement.executeUpdate() > 0;
                });
    }

    /** The recordings of {@code keys} that exist, in their order. */
    @ReadOnly
    public List<PromptRecordingInfo> existing(List<RecordingKey> keys) {
        List<PromptRecordingInfo> found = new ArrayList<>();
        for (RecordingKey key : keys) {
            jdbc.prepareStatement("SELECT duration_ms, uploaded_by, uploaded_at, version_id FROM prompt_recordings"
                    + " WHERE survey_slug = ? AND language = ? AND prompt_id = ? AND text_sha256 = ?", statement -> {
                        bind(statement, key);
                        try (ResultSet rows = statement.executeQuery()) {
                            if (rows.next()) {
                                found.add(new PromptRecordingInfo(key.promptId(), key.language(), rows.getInt(1),
                                        rows.getString(2), rows.getTimestamp(3).toInstant(), rows.getLong(4)));
                            }
                        }
                        return null;
                    });
        }
        return found;
    }

    private static void bind(PreparedStatement statement, RecordingKey key) throws SQLException {
        statement.setString(1, key.surveySlug());
        statement.setString(2, key.language());
        statement.setString(3, key.promptId());
        statement.setString(4, key.textSha256());
    }
}
