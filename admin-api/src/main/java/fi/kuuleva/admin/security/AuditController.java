package fi.kuuleva.admin.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuuleva.admin.audit.AuditEntry;
import fi.kuuleva.admin.audit.AuditLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Admins read the audit log, newest first. It lives with the other admin powers (users) rather than in {@code audit},
 * which every feature writes to and which therefore depends on no feature, security included.
 */
@Controller("/api/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
@Tag(name = "Audit")
class AuditController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @Serdeable
    record Entry(long id, Instant at, String actor, String action, @Nullable String subject,
                 Map<String, Object> details) {
    }

    @Get
    List<Entry> newest(@QueryValue @Nullable Integer limit, @QueryValue @Nullable Long before) {
        int count = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        return log.newest(before == null ? Long.MAX_VALUE : before, count).stream().map(AuditController::entry).toList();
    }

    private static Entry entry(AuditEntry entry) {
        try {
            return new Entry(entry.id(), entry.at(), entry.actor(), entry.action(), entry.subject(),
                    JSON.readValue(entry.details(), new TypeReference<Map<String, Object>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry " + entry.id() + " has details that are not JSON", e);
        }
    }
}
