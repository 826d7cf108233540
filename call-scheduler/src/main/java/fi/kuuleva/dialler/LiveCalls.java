package fi.kuuleva.dialler;

import fi.kuuleva.calls.SurveyOutcome;
import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.campaign.attempts.DialResult;
import fi.kuuleva.campaign.schedule.Holidays;
import fi.kuuleva.flow.Outcome;
import fi.kuuleva.telephony.ami.CallEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls this instance dialled that have not ended, and how each ends: from its server's call events and the
 * survey outcome the call side hands over, by the retry decision; its attempt and line are ended in one
 * transaction. Confined to the dispatcher's thread ({@code thread}); {@link #size()} may be read from any.
 */
final class LiveCalls {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCalls.class);

    private record InFlight(ClaimedCall call, Instant dialled) {
    }

    private final DispatchStore store;
    private final CampaignRuleSource campaigns;
    private final Holidays holidays;
    private final DispatcherConfig config;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ScheduledExecutorService thread;
    private final Runnable afterEnd;
    private final Map<AttemptKey, InFlight> inFlight = new HashMap<>();
    /** Survey outcomes the call side handed over for calls still in flight. */
    private final Map<AttemptKey, Outcome> surveys = new HashMap<>();
    /** Answered calls that ended before their survey's outcome arrived, with the hang-up cause. */
    private final Map<AttemptKey, String> awaitingOutcome = new HashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    LiveCalls(DispatchStore store, CampaignRuleSource campaigns, Holidays holidays, DispatcherConfig config,
              Clock clock, MeterRegistry meters, ScheduledExecutorService thread, Runnable afterEnd) {
        this.store = store;
        this.campaigns = campaigns;
        this.holidays = holidays;
        this.config = config;
        this.clock = clock;
        this.meters = meters;
        this.thread = thread;
        this.afterEnd = afterEnd;
        Gauge.builder("kuuleva.calls.in.progress", size, AtomicInteger::get)
                .description("Calls dialled by this instance and not yet ended").register(meters);
    }

    /** Calls dialled and not yet ended; any thread. */
    int size() {
        return size.get();
    }

    void dialled(ClaimedCall call, Instant at) {
        inFlight.put(call.attemptKey(), new InFlight(call, at));
        size.set(inFlight.size());
    }

    /** The call could not be placed: it ends at once as failed. */
    void notPlaced(ClaimedCall call) {
        end(call.attemptKey(), DialResult.FAILED, Optional.empty(), null);
    }

    void onCallEvent(CallEvent event) {
        if (!inFlight.containsKey(event.attempt())) {
            LOG.debug("event for an attempt not in flight here: {}", event);
            return;
        }
        if (event instanceof CallEvent.NotAnswered notAnswered) {
            DialResult dial = switch (notAnswered.failure()) {
                case BUSY -> DialResult.BUSY;
                case NO_ANSWER -> DialResult.NO_ANSWER;
                default -> DialResult.FAILED;
            };
            end(event.attempt(), dial, Optional.empty(), notAnswered.cause() != null ? notAnswered.cause().toString()
                    : notAnswered.failure().name());
        } else if (event instanceof CallEvent.Ended ended) {
            String cause = Integer.toString(ended.hangupCause());
            Outcome survey = surveys.get(event.attempt());
            if (survey != null) {
                end(event.attempt(), DialResult.ANSWERED, Optional.of(survey.name()), cause);
            } else {
                // The survey may still be storing its last sprint (a resident who hung up): wait for the hand-off.
                awaitingOutcome.put(event.attempt(), cause);
                thread.schedule(() -> endWithoutHandOff(event.attempt()), config.endGrace().toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    /** The call side's hand-off of a survey's end, stored before it was published. */
    void onSurveyEnded(SurveyOutcome ended) {
        if (!inFlight.containsKey(ended.attempt())) {
            return; // not placed by this instance, or already ended
        }
        String cause = awaitingOutcome.remove(ended.attempt());
        if (cause != null) {
            end(ended.attempt(), DialResult.ANSWERED, Optional.of(ended.outcome().name()), cause);
        } else {
            surveys.put(ended.attempt(), ended.outcome());
        }
    }

    /**
     * The fallback when no outcome was handed over within the grace (the survey never started, or its call ran on
     * a FastAGI server that did not hand over, e.g. before a restart): what the store has, if anything.
     */
    private void endWithoutHandOff(AttemptKey attempt) {
        String cause = awaitingOutcome.remove(attempt);
        InFlight flight = inFlight.get(attempt);
        if (cause != null && flight != null) {
            end(attempt, DialResult.ANSWERED, store.surveyOutcome(flight.call().attemptId()), cause);
        }
    }

    private void end(AttemptKey attempt, DialResult dial, Optional<String> surveyOutcome, String cause) {
        InFlight flight = inFlight.remove(attempt);
        if (flight == null) {
            return;
        }
        ClaimedCall call = flight.call();
        surveys.remove(attempt);
        awaitingOutcome.remove(attempt);
        size.set(inFlight.size());
        try {
            Instant now = clock.instant();
            AttemptEnd end = AttemptEnds.of(call.attemptNo(), dial, surveyOutcome, campaigns.rules(call.campaignId()),
                    holidays, now).withHangupCause(cause);
            store.finish(call.attemptId(), end);
            meters.counter("kuuleva.call.attempts.ended", "outcome", end.outcome(),
                    "final", String.valueOf(end.isFinal())).increment();
            LOG.info("attempt {} (respondent {}, attempt {}) ended {} {}", call.attemptId(), call.respondentId(),
                    call.attemptNo(), end.outcome(), end.isFinal() ? "(final)" : "retry at " + end.nextAttemptAt());
        } catch (RuntimeException e) {
            LOG.error("attempt {} could not be ended; reconciliation will end it", call.attemptId(), e);
        }
        afterEnd.run();
    }

    /**
     * Ends calls whose end Asterisk never reported (an AMI connection lost after the answer, an Asterisk restart)
     * once they are older than any call can be: with the survey's outcome if the call reached one, else as failed.
     */
    void endLost(Instant now) {
        for (InFlight flight : List.copyOf(inFlight.values())) {
            if (flight.dialled().plus(config.maxCall()).isBefore(now)) {
                Optional<String> survey = Optional.ofNullable(surveys.get(flight.call().attemptKey()))
                        .map(Enum::name).or(() -> store.surveyOutcome(flight.call().attemptId()));
                LOG.warn("attempt {}: no end reported by Asterisk within {}; ending it", flight.call().attemptId(),
                        config.maxCall());
                end(flight.call().attemptKey(), survey.isPresent() ? DialResult.ANSWERED : DialResult.FAILED, survey,
                        null);
            }
        }
    }
}
