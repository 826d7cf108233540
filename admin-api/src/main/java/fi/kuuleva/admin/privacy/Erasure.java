package fi.kuuleva.admin.privacy;

import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.check.PhoneInput;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Erases a phone number on the resident's request, in every campaign (see {@link PrivacyRepository} for what goes
 * and what stays). The do-not-call entry of the number, if any, stays: it is what keeps the resident from being
 * called again. Call-back requests the number left as a caller to the survey number (not as a respondent) are deleted.
 * Audited with the number masked. Thread-safe.
 */
@Singleton
public class Erasure {

    private final PrivacyRepository repository;
    private final Deidentifier deidentifier;
    private final Auditor audit;
    private final Clock clock;

    public Erasure(PrivacyRepository repository, Deidentifier deidentifier, Auditor audit, Clock clock) {
        this.repository = repository;
        this.deidentifier = deidentifier;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ErasureResult erase(String rawPhone, String officer) {
        String phone = PhoneInput.e164(rawPhone, "$.phone");
        Instant now = clock.instant();
        List<Long> respondents = repository.lockByPhone(phone);
        ErasureResult removed = deidentifier.respondents(respondents, now);
        repository.forgetCallerRequests(phone);
        audit.record(officer, "respondent.erase", "respondents", Map.of("phone", Auditor.masked(phone),
                "respondents", removed.respondents(), "answers", removed.answers(),
                "recordings", removed.recordings()));
        return removed;
    }
}
