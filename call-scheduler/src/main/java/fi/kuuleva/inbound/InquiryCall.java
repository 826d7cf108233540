package fi.kuuleva.inbound;

import fi.kuuleva.calls.ResidentRequests;
import fi.kuuleva.flow.CallbackRequested;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.OptOutRequested;
import fi.kuuleva.flow.TransferAttempted;
import fi.kuuleva.telephony.agi.CallSetup;
import fi.kuuleva.telephony.agi.InboundCall;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A call to the survey number from someone not due in it: no attempt is recorded; what they ask for is kept against
 * their number (a call-back about campaign {@code campaignId}, or the do-not-call list). A withheld number can ask
 * for nothing. One per call, on its FastAGI thread.
 */
final class InquiryCall implements InboundCall {

    private static final AtomicLong CALLS = new AtomicLong();

    private final Optional<String> number;
    private final long campaignId;
    private final CallSetup setup;
    private final ResidentRequests requests;
    private final HeldLine lease;
    private final Clock clock;
    private final String name = "inbound-" + System.currentTimeMillis() + "-" + CALLS.incrementAndGet();

    InquiryCall(Optional<String> number, long campaignId, CallSetup setup, ResidentRequests requests, HeldLine lease,
                Clock clock) {
        this.number = number;
        this.campaignId = campaignId;
        this.setup = setup;
        this.requests = requests;
        this.lease = lease;
        this.clock = clock;
    }

    @Override
    public CallSetup setup() {
        return setup;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void record(List<Event> events) {
        if (number.isEmpty()) {
            return;
        }
        boolean transferFailed = events.stream().anyMatch(event -> event instanceof TransferAttempted transfer
                && !transfer.connected());
        for (Event event : events) {
            if (event instanceof OptOutRequested optOut) {
                requests.optOut(number.get(), "asked in a call to the survey number at " + optOut.at(),
                        clock.instant());
            } else if (event instanceof CallbackRequested callback) {
                requests.callbackToCaller(number.get(), campaignId, callback.at(), callback.preferred(),
                        transferFailed, clock.instant());
            }
        }
    }

    @Override
    public void close() {
        lease.close();
    }
}
