package fi.kuuleva.admin.dialling;

import fi.kuuleva.admin.callback.CallbackRepository;
import fi.kuuleva.admin.optout.DoNotCallSource;
import fi.kuuleva.admin.optout.DoNotCallStore;
import fi.kuuleva.calls.ResidentRequests;
import fi.kuuleva.flow.CallbackTime;
import jakarta.inject.Singleton;
import java.time.Instant;

/** The call side's {@link ResidentRequests}: the do-not-call list and the call-back requests, in its transaction. */
@Singleton
class StoredResidentRequests implements ResidentRequests {

    private final DoNotCallStore doNotCall;
    private final CallbackRepository callbacks;

    StoredResidentRequests(DoNotCallStore doNotCall, CallbackRepository callbacks) {
        this.doNotCall = doNotCall;
        this.callbacks = callbacks;
    }

    @Override
    public void optOut(String phoneE164, String note, Instant at) {
        doNotCall.add(phoneE164, note, DoNotCallSource.CALL, at);
    }

    @Override
    public void callback(long respondentId, long campaignId, long attemptId, String atStep, CallbackTime preferred,
                         boolean transferFailed, Instant at) {
        callbacks.addForAttempt(respondentId, campaignId, attemptId, atStep, preferred.name(), transferFailed, at);
    }

    @Override
    public void callbackToCaller(String phoneE164, long campaignId, String atStep, CallbackTime preferred,
                                 boolean transferFailed, Instant at) {
        callbacks.addForCaller(phoneE164, campaignId, atStep, preferred.name(), transferFailed, at);
    }
}
