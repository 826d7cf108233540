package fi.kuuleva.admin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;

/** Writes audit entries with their details as JSON, in the caller's transaction. Thread-safe. */
@Singleton
public class Auditor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditLog log;
    private final Clock clock;

    public Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public AuditEntry record(String actor, String action, String subject, Map<String, ?> details) {
        try {
            return log.save(new AuditEntry(null, clock.instant(), actor, action, subject,
                    JSON.writeValueAsString(details)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the audit details of " + action, e);
        }
    }

    /** A phone number as the audit log keeps it: enough to tell entries apart, not enough to call. */
    public static String masked(String phoneE164) {
        if (phoneE164 == null || phoneE164.length() < 8) {
            return "***";
        }
        int length = phoneE164.length();
        return phoneE164.substring(0, 4) + "*".repeat(length - 7) + phoneE164.substring(length - 3);
    }
}
