package fi.kuuleva.calls;

import fi.kuuleva.flow.FlowEngine;
import java.util.Optional;

/** Port: the call-flow engine of a published survey version; the service's survey store implements it. Thread-safe. */
@FunctionalInterface
public interface SurveyVersions {

    /** The engine of version {@code versionId}; empty when there is no such version. */
    Optional<FlowEngine> engine(long versionId);
}
