package fi.kuuleva.admin.survey;

import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.SurveyScripts;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The call-flow engine of each published survey version, parsed once: versions are immutable, so an engine never
 * goes stale. Thread-safe.
 */
@Singleton
public class SurveyEngines {

    private final SurveyVersionRepository versions;
    private final Map<Long, FlowEngine> engines = new ConcurrentHashMap<>();

    public SurveyEngines(SurveyVersionRepository versions) {
        this.versions = versions;
    }

    /** The engine of version {@code versionId}; empty when there is no such version. */
    public Optional<FlowEngine> engine(long versionId) {
        FlowEngine cached = engines.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return versions.findById(versionId).map(version -> engines.computeIfAbsent(versionId, id -> parse(version)));
    }

    private static FlowEngine parse(StoredSurveyVersion version) {
        try {
            return new FlowEngine(SurveyScripts.parse(version.script(), version.format(),
                    "survey version " + version.id()), BuiltInPhrases.phrases());
        } catch (InvalidScriptException e) {
            throw new IllegalStateException("published survey version " + version.id() + " no longer parses", e);
        }
    }
}
