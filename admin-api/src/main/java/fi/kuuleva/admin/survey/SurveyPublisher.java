package fi.kuuleva.admin.survey;

import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.survey.Survey;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Publishes survey scripts as immutable versions. Only a script that parses into a valid survey is stored; the same
 * text published again returns the existing version. Thread-safe.
 */
@Singleton
public class SurveyPublisher {

    private final SurveyRepository surveys;
    private final SurveyVersionRepository versions;
    private final Clock clock;

    public SurveyPublisher(SurveyRepository surveys, SurveyVersionRepository versions, Clock clock) {
        this.surveys = surveys;
        this.versions = versions;
        this.clock = clock;
    }

    @Transactional
    public PublishedVersion publish(String script, SurveyScripts.Format format, String publishedBy)
            throws InvalidScriptException {
        Survey survey = SurveyScripts.parse(script, format, "published script");
        surveys.insertIfAbsent(survey.id());
        StoredSurvey stored = surveys.lockBySlug(survey.id()).orElseThrow();
        String hash = sha256(script);
        var existing = versions.findBySurveyIdAndContentHash(stored.id(), hash);
        if (existing.isPresent()) {
            return published(stored, existing.get(), false);
        }
        StoredSurveyVersion version = versions.save(new StoredSurveyVersion(null, stored.id(),
                versions.lastVersionNo(stored.id()) + 1, script, format, hash, clock.instant(), publishedBy));
        return published(stored, version, true);
    }

    private static PublishedVersion published(StoredSurvey survey, StoredSurveyVersion version, boolean created) {
        return new PublishedVersion(version.id(), survey.id(), survey.slug(), version.versionNo(),
                version.contentHash(), created);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
