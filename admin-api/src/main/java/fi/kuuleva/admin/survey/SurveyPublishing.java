package fi.kuuleva.admin.survey;

import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.script.InvalidScriptException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;

/** Publishes an officer's script and audits a new version in the same transaction. Thread-safe. */
@Singleton
public class SurveyPublishing {

    private final SurveyPublisher publisher;
    private final Auditor audit;

    public SurveyPublishing(SurveyPublisher publisher, Auditor audit) {
        this.publisher = publisher;
        this.audit = audit;
    }

    @Transactional
    public PublishedVersion publish(ScriptText text, String officer) throws InvalidScriptException {
        PublishedVersion version = publisher.publish(text.script(), text.format(), officer);
        if (version.created()) {
            audit.record(officer, "survey.publish", "survey-version/" + version.versionId(),
                    Map.of("slug", version.slug(), "versionNo", version.versionNo(), "surveyId", version.surveyId()));
        }
        return version;
    }
}
