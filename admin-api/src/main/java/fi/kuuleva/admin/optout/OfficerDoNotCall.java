package fi.kuuleva.admin.optout;

import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.check.PhoneInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The do-not-call list as officers keep it: listed, and added to with an audit entry. Thread-safe. */
@Singleton
public class OfficerDoNotCall {

    private final DoNotCallStore store;
    private final Auditor audit;
    private final Clock clock;

    public OfficerDoNotCall(DoNotCallStore store, Auditor audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public List<DoNotCallView> list() {
        return store.list().stream().map(DoNotCallView::of).toList();
    }

    /**
     * Takes a number off the list with the officer's reason (audited, the number masked), and reopens the respondents
     * the list had closed in campaigns not yet over; 404 when the number is not listed.
     */
    @Transactional
    public DoNotCallRemoved remove(DoNotCallRemoval removal, String officer) {
        String phone = PhoneInput.e164(removal.phone(), "$.phone");
        String reason = removal.reason() == null ? "" : removal.reason().strip();
        if (reason.isEmpty() || reason.length() > 500) {
            throw ApiProblem.badRequest("$.reason", "say why the number is taken off the list (1 to 500 characters)");
        }
        DoNotCallEntry entry = store.find(phone)
                .orElseThrow(() -> ApiProblem.notFound("the number is not on the do-not-call list"));
        store.remove(phone);
        int reopened = store.reopenClosedByList(phone);
        audit.record(officer, "do-not-call.remove", "do-not-call", Map.of("phone", Auditor.masked(phone),
                "reason", reason, "source", entry.source().name(), "addedAt", entry.addedAt().toString(),
                "reopened", reopened));
        return new DoNotCallRemoved(Auditor.masked(phone), reopened);
    }

    /** What a removal did: the number (masked) and how many respondents were reopened. */
    @Serdeable
    public record DoNotCallRemoved(String phone, int reopened) {
    }

    /** What an addition gave: the entry, and whether the number was new on the list. */
    public record Added(DoNotCallView entry, boolean created) {
    }

    /** Lists the number (and closes its pending respondents everywhere); an entry already there stays as it was. */
    @Transactional
    public Added add(DoNotCallBody body, String officer) {
        String phone = PhoneInput.e164(body.phone(), "$.phone");
        if (body.reason() != null && body.reason().length() > 500) {
            throw ApiProblem.badRequest("$.reason", "at most 500 characters");
        }
        boolean added = store.add(phone, body.reason(), DoNotCallSource.OFFICER, clock.instant());
        if (added) {
            audit.record(officer, "do-not-call.add", "do-not-call", Map.of("phone", Auditor.masked(phone)));
        }
        return new Added(DoNotCallView.of(store.find(phone).orElseThrow()), added);
    }
}
