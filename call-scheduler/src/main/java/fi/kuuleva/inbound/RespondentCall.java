package fi.kuuleva.inbound;

import fi.kuuleva.calls.StoredCallJournal;
import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.attempts.AttemptOutcomes;
import fi.kuuleva.dialler.AttemptEnd;
import fi.kuuleva.dialler.DispatchStore;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.telephony.agi.CallSetup;
import fi.kuuleva.telephony.agi.InboundCall;
import java.time.Clock;
import java.util.List;

/**
 * A respondent's call to the survey number, on an inbound attempt journaled like any other. When it ends, a final
 * outcome (completed, refused, opted out, call-back, transfer) closes the respondent as an outbound call would;
 * anything else leaves them pending at the time their next outbound attempt was already due, with their attempt
 * count untouched: a call-in never costs or hastens an outbound attempt. One per call, on its FastAGI thread.
 */
final class RespondentCall implements InboundCall {

    private final AttemptKey key;
    private final Callers.Claimed claimed;
    private final CallSetup setup;
    private final StoredCallJournal journal;
    private final DispatchStore attempts;
    private final HeldLine lease;
    private final Clock clock;
    private AttemptOutcome outcome = AttemptOutcome.ANSWERED;

    RespondentCall(AttemptKey key, Callers.Claimed claimed, CallSetup setup, StoredCallJournal journal,
                   DispatchStore attempts, HeldLine lease, Clock clock) {
        this.key = key;
        this.claimed = claimed;
        this.setup = setup;
        this.journal = journal;
        this.attempts = attempts;
        this.lease = lease;
        this.clock = clock;
    }

    @Override
    public CallSetup setup() {
        return setup;
    }

    @Override
    public String name() {
        return key.text();
    }

    @Override
    public void record(List<Event> events) {
        journal.record(key, events);
        events.stream().filter(SurveyEnded.class::isInstance).map(SurveyEnded.class::cast).findFirst()
                .ifPresent(ended -> outcome = AttemptOutcomes.fromFlow(ended.outcome()));
    }

    @Override
    public void close() {
        try {
            AttemptEnd end = outcome.isFinal() ? AttemptEnd.completed(outcome.name(), clock.instant())
                    : AttemptEnd.retried(outcome.name(), clock.instant(), claimed.nextAttemptAt());
            attempts.finish(key.id(), end);
        } finally {
            if (lease != null) {
                lease.close();
            }
        }
    }
}
