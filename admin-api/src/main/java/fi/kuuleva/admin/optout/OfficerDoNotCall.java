package fi.kuuleva.admin.optout;

import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.check.PhoneInput;
import io.micronaut.core.annotation.Nullable;
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
