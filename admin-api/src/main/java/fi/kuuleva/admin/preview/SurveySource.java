package fi.kuuleva.admin.preview;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.survey.ScriptText;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.SurveyScripts;
import jakarta.inject.Singleton;

/** The engine a preview runs: an unpublished script's, or a published version's. Thread-safe. */
@Singleton
public class SurveySource {

    private final SurveyEngines engines;

    public SurveySource(SurveyEngines engines) {
        this.engines = engines;
    }

    /** A published version's engine; a 404 problem when there is no such version. */
    public FlowEngine version(long versionId) {
        return engines.engine(versionId)
                .orElseThrow(() -> ApiProblem.notFound("no survey version " + versionId));
    }

    /** The engine of the script in a body, or of {@code versionId} when the body has no script. */
    public FlowEngine of(String script, String format, Long versionId) throws InvalidScriptException {
        if (script == null) {
            if (versionId == null) {
                throw ApiProblem.badRequest("$.script", "give a script, or a versionId");
            }
            return version(versionId);
        }
        return new FlowEngine(SurveyScripts.parse(script, ScriptText.of(script, format).format(), "script"),
                BuiltInPhrases.phrases());
    }
}
