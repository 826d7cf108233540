package fi.kuuleva.admin.callback;

import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.api.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Officers' view of call-back requests: list them, mark one handled (audited). Thread-safe. */
@Singleton
public class Callbacks {

    private final CallbackList list;
    private final CallbackRepository requests;
    private final Auditor audit;
    private final Clock clock;

    public Callbacks(CallbackList list, CallbackRepository requests, Auditor audit, Clock clock) {
        this.list = list;
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CallbackRow> list(@Nullable Long campaignId, boolean openOnly) {
        return list.rows(campaignId, openOnly);
    }

    @Transactional
    public CallbackRow markHandled(long id, @Nullable String note, String officer) {
        CallbackRequest request = requests.findById(id)
                .orElseThrow(() -> ApiProblem.notFound("no call-back request " + id));
        if (requests.markHandled(id, officer, note, clock.instant()) == 0) {
            throw ApiProblem.conflict("call-back request " + id + " was handled already by " + request.handledBy());
        }
        audit.record(officer, "callback.handled", "callback/" + id, Map.of("campaignId", request.campaignId()));
        return list.row(id).orElseThrow();
    }
}
