package fi.kuuleva.admin.dialling;

import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.calls.SurveyVersions;
import fi.kuuleva.flow.FlowEngine;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The call side's {@link SurveyVersions}: the published versions' engines, parsed once. Thread-safe. */
@Singleton
class StoredSurveyVersions implements SurveyVersions {

    private final SurveyEngines engines;

    StoredSurveyVersions(SurveyEngines engines) {
        this.engines = engines;
    }

    @Override
    public Optional<FlowEngine> engine(long versionId) {
        return engines.engine(versionId);
    }
}
