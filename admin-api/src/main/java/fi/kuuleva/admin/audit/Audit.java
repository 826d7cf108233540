package fi.kuuleva.admin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;

/** Writes audit entries: who did what to which subject, with details as JSON (never a password or a secret). */
@Singleton
public class Audit {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AuditLog log;
    private final Clock clock;

    public Audit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(String actor, String action, String subject, Map<String, ?> details) {
        try {
            log.save(new AuditEntry(null, clock.instant(), actor, action, subject, JSON.writeValueAsString(details)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not JSON: " + details.keySet(), e);
        }
    }
}
