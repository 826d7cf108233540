package fi.kuuleva.dialler;

import fi.kuuleva.calls.OutcomeSubscription;
import fi.kuuleva.calls.SurveyOutcome;
import fi.kuuleva.calls.SurveyOutcomes;
import fi.kuuleva.calls.Telephony;
import fi.kuuleva.campaign.DoNotCallList;
import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.campaign.Rejected;
import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.campaign.attempts.DialResult;
import fi.kuuleva.campaign.pacing.CallSlot;
import fi.kuuleva.campaign.pacing.Go;
import fi.kuuleva.campaign.pacing.Pace;
import fi.kuuleva.campaign.pacing.Pacer;
import fi.kuuleva.campaign.pacing.PacerSettings;
import fi.kuuleva.campaign.pacing.Wait;
import fi.kuuleva.campaign.schedule.CallCandidate;
import fi.kuuleva.campaign.schedule.CallHistory;
import fi.kuuleva.campaign.schedule.CallPolicies;
import fi.kuuleva.campaign.schedule.FinnishHolidays;
import fi.kuuleva.campaign.schedule.Holidays;
import fi.kuuleva.flow.Outcome;
import fi.kuuleva.telephony.agi.ChannelVariables;
import fi.kuuleva.telephony.ami.AmiClient;
import fi.kuuleva.telephony.ami.AmiConfig;
import fi.kuuleva.telephony.ami.CallEvent;
import fi.kuuleva.telephony.ami.OriginateRequest;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dials due respondents of running campaigns through each configured Asterisk server and ends their attempts from
 * the servers' call events and the survey outcomes the call side hands over ({@link SurveyOutcomes}). Everything
 * runs on the dispatcher's one thread: ticks every poll interval, and at once when a call ends; AMI events and
 * hand-offs are handed to it. Started with the service; on start it ends the attempts this instance left open when
 * it last stopped.
 */
@Context
@Requires(property = "kuuleva.dispatcher.enabled", value = "true", defaultValue = "true")
public class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration NOT_BEFORE_AGAIN = Duration.ofMinutes(1);

    private record Line(AsteriskServerConfig config, AmiClient ami, Pacer pacer) {
    }

    private record InFlight(ClaimedCall call, Line line, CallSlot slot, Instant dialled) {
    }

    private final DispatchStore store;
    private final CampaignRuleSource campaigns;
    private final CallTargets targets;
    private final Telephony telephony;
    private final DispatcherConfig config;
    private final Clock clock;
    private final Holidays holidays;
    private final CallPolicies policies;
    private final String instanceId;
    private final List<Line> lines = new ArrayList<>();
    private final Map<AttemptKey, InFlight> inFlight = new HashMap<>();
    /** Survey outcomes the call side handed over for calls still in flight (dispatcher thread only). */
    private final Map<AttemptKey, Outcome> surveys = new HashMap<>();
    /** Answered calls that ended before their survey's outcome arrived, with the hang-up cause (dispatcher thread). */
    private final Map<AttemptKey, String> awaitingOutcome = new HashMap<>();
    private final AtomicInteger callsInProgress = new AtomicInteger();
    private final MeterRegistry meters;
    private final CampaignCompletion completion;
    /** Survey ends handed to the dispatcher thread, closed before that thread stops (else a call ending is refused). */
    private final OutcomeSubscription surveyEnds;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread dispatcher = new Thread(runnable, "dispatcher");
        dispatcher.setDaemon(true);
        return dispatcher;
    });

    public Dispatcher(DispatchStore store, CampaignRuleSource campaigns, DoNotCallList doNotCall,
                      @Nullable CallTargets targets,
                      Telephony telephony, SurveyOutcomes outcomes,
                      List<AsteriskServerConfig> servers, DispatcherConfig config, Clock clock,
                      MeterRegistry meters, CampaignCompletion completion) {
        this.meters = meters;
        this.completion = completion;
        Gauge.builder("kuuleva.calls.in.progress", callsInProgress, AtomicInteger::get)
                .description("Calls dialled by this instance and not yet ended").register(meters);
        this.store = store;
        this.campaigns = campaigns;
        this.targets = targets == null ? CallTargets.NONE : targets;
        this.telephony = telephony;
        this.config = config;
        this.clock = clock;
        this.holidays = config.publicHolidays() ? new FinnishHolidays() : Holidays.none();
        this.policies = CallPolicies.standard(holidays, doNotCall);
        this.instanceId = config.instance();
        int concurrent = servers.stream().mapToInt(AsteriskServerConfig::maxConcurrentCalls).sum();
        if (concurrent > telephony.agiThreads()) {
            // Asterisk-Java's FastAGI pool rejects, not queues, a call beyond its threads: the resident who just
            // answered would be hung up on (AGISTATUS FAILURE, cause 41).
            throw new IllegalStateException("the Asterisk servers allow " + concurrent + " concurrent calls but FastAGI has "
                    + telephony.agiThreads() + " threads: raise kuuleva.telephony.agi-threads to at least " + concurrent
                    + " or lower max-concurrent-calls");
        }
        reconcile();
        this.surveyEnds = outcomes.subscribe(outcome -> thread.execute(() -> onSurveyEnded(outcome)));
        for (AsteriskServerConfig server : servers) {
            AmiClient ami = new AmiClient(new AmiConfig(server.name(), server.host(), server.port(), server.username(),
                    server.secret() == null ? "" : server.secret(), Duration.ofMillis(500), Duration.ofSeconds(30)),
                    event -> thread.execute(() -> onCallEvent(event)));
            lines.add(new Line(server, ami, new Pacer(server.name(),
                    new PacerSettings(server.maxConcurrentCalls(), server.callStartsPerSecond()), clock)));
            ami.start();
            LOG.info("dispatching through Asterisk {}: {} lines, {} call starts/s", server,
                    server.maxConcurrentCalls(), server.callStartsPerSecond());
        }
        if (servers.isEmpty()) {
            LOG.warn("no Asterisk servers configured (kuuleva.asterisk.servers): nobody is called");
        }
        thread.scheduleWithFixedDelay(this::tick, 0, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    public String instanceId() {
        return instanceId;
    }

    /** Each configured Asterisk server's AMI connection, by server name. */
    public Map<String, AmiClient.Health> asteriskHealth() {
        Map<String, AmiClient.Health> health = new java.util.TreeMap<>();
        lines.forEach(line -> health.put(line.config().name(), line.ami().health()));
        return health;
    }

    /** Whether every configured Asterisk server's AMI is logged in. */
    public boolean connected() {
        return lines.stream().allMatch(line -> line.ami().health().up());
    }

    private void reconcile() {
        Instant now = clock.instant();
        List<Reconciled> ended = store.reconcileInstance(instanceId, now, new LostAttempts(campaigns, holidays));
        if (!ended.isEmpty()) {
            LOG.warn("ended {} attempts this instance ({}) left open when it stopped", ended.size(), instanceId);
        }
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            List<RunningCampaign> running = store.running();
            for (Line line : lines) {
                if (line.ami().health().up()) {
                    List<Long> ids = running.stream().filter(c -> servedBy(c, line)).map(RunningCampaign::id).toList();
                    dialWhileFree(line, ids, now);
                }
            }
            endLost(now);
            completeFinished(running);
        } catch (RuntimeException e) {
            LOG.error("dispatcher tick failed; trying again at the next one", e);
        }
    }

    private boolean servedBy(RunningCampaign campaign, Line line) {
        String wanted = campaign.asteriskServer();
        return wanted == null || wanted.equals(line.config().name())
                || lines.stream().noneMatch(other -> other.config().name().equals(wanted)) && line == lines.get(0);
    }

    /** Claims one due respondent per line the pacer gives, until it says wait or nobody is due. */
    private void dialWhileFree(Line line, List<Long> campaignIds, Instant now) {
        while (true) {
            Pace pace = line.pacer().tryStart();
            if (pace instanceof Wait wait) {
                wait.retryAfter().ifPresent(after -> thread.schedule(this::tick, after.toMillis() + 1,
                        TimeUnit.MILLISECONDS));
                return;
            }
            CallSlot slot = ((Go) pace).slot();
            List<ClaimedCall> claimed = store.claimDue(campaignIds, now, 1, instanceId);
            if (claimed.isEmpty()) {
                line.pacer().release(slot);
                return;
            }
            dial(line, claimed.get(0), slot, now);
        }
    }

    private void dial(Line line, ClaimedCall call, CallSlot slot, Instant now) {
        var rules = campaigns.rules(call.campaignId());
        CallHistory before = new CallHistory(call.attemptNo() - 1, false, Optional.empty(), Optional.empty());
        if (policies.check(new CallCandidate(rules, new PhoneNumber(call.phoneE164()), before), now)
                instanceof Rejected rejected) {
            line.pacer().release(slot);
            Optional<Instant> next = rules.calendar(holidays).nextCallableInstant(now)
                    .map(at -> at.isAfter(now) ? at : now.plus(NOT_BEFORE_AGAIN));
            store.unclaim(call, next.orElse(null), "NOT_CALLED");
            LOG.info("attempt {} not dialled ({}: {}); due again {}", call.attemptId(), rejected.reason(),
                    rejected.detail(), next.map(Instant::toString).orElse("never"));
            return;
        }
        InFlight flight = new InFlight(call, line, slot, now);
        inFlight.put(call.attemptKey(), flight);
        callsInProgress.set(inFlight.size());
        store.started(call.attemptId(), now, line.config().name());
        try {
            line.ami().originate(new OriginateRequest(call.attemptKey(), line.config().channelFor(call.phoneE164()),
                    "kuuleva-outbound", "s", line.config().ringSeconds(), line.config().callerId(),
                    variables(line, call)));
        } catch (RuntimeException e) {
            LOG.warn("attempt {} could not be placed: {}", call.attemptId(), e.getMessage());
            end(flight, DialResult.FAILED, Optional.empty(), null);
        }
    }

    private Map<String, String> variables(Line line, ClaimedCall call) {
        Map<String, String> variables = new HashMap<>();
        if (line.config().simulated()) {
            variables.putAll(targets.variables(call));
        }
        variables.put(ChannelVariables.ATTEMPT, call.attemptKey().text());
        variables.put(ChannelVariables.SURVEY, Long.toString(call.surveyVersionId()));
        if (call.language() != null) {
            variables.put(ChannelVariables.LANGUAGE, call.language().code());
        }
        variables.put("KUULEVA_AGI_PORT", Integer.toString(telephony.config().agiPort()));
        if (telephony.config().agiHost() != null) {
            variables.put("KUULEVA_AGI_HOST", telephony.config().agiHost());
        }
        return variables;
    }

    /** On the dispatcher thread. */
    private void onCallEvent(CallEvent event) {
        InFlight flight = inFlight.get(event.attempt());
        if (flight == null) {
            LOG.debug("event for an attempt not in flight here: {}", event);
            return;
        }
        if (event instanceof CallEvent.NotAnswered notAnswered) {
            DialResult dial = switch (notAnswered.failure()) {
                case BUSY -> DialResult.BUSY;
                case NO_ANSWER -> DialResult.NO_ANSWER;
                default -> DialResult.FAILED;
            };
            end(flight, dial, Optional.empty(), notAnswered.cause() != null ? notAnswered.cause().toString()
                    : notAnswered.failure().name());
        } else if (event instanceof CallEvent.Ended ended) {
            String cause = Integer.toString(ended.hangupCause());
            Outcome survey = surveys.get(event.attempt());
            if (survey != null) {
                end(flight, DialResult.ANSWERED, Optional.of(survey.name()), cause);
            } else {
                // The survey may still be storing its last sprint (a resident who hung up): wait for the hand-off.
                awaitingOutcome.put(event.attempt(), cause);
                thread.schedule(() -> endWithoutHandOff(flight), config.endGrace().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** On the dispatcher thread: the call side's hand-off of a survey's end, stored before it was published. */
    private void onSurveyEnded(SurveyOutcome ended) {
        InFlight flight = inFlight.get(ended.attempt());
        if (flight == null) {
            return; // not placed by this instance, or already ended
        }
        String cause = awaitingOutcome.remove(ended.attempt());
        if (cause != null) {
            end(flight, DialResult.ANSWERED, Optional.of(ended.outcome().name()), cause);
        } else {
            surveys.put(ended.attempt(), ended.outcome());
        }
    }

    /**
     * The fallback when no outcome was handed over within the grace (the survey never started, or its call ran on
     * a FastAGI server that did not hand over, e.g. before a restart): what the store has, if anything.
     */
    private void endWithoutHandOff(InFlight flight) {
        String cause = awaitingOutcome.remove(flight.call().attemptKey());
        if (cause != null) {
            end(flight, DialResult.ANSWERED, store.surveyOutcome(flight.call().attemptId()), cause);
        }
    }

    private void end(InFlight flight, DialResult dial, Optional<String> surveyOutcome, String cause) {
        ClaimedCall call = flight.call();
        if (inFlight.remove(call.attemptKey()) == null) {
            return;
        }
        surveys.remove(call.attemptKey());
        awaitingOutcome.remove(call.attemptKey());
        callsInProgress.set(inFlight.size());
        flight.line().pacer().release(flight.slot());
        try {
            Instant now = clock.instant();
            var rules = campaigns.rules(call.campaignId());
            AttemptEnd end = AttemptEnds.of(call.attemptNo(), dial, surveyOutcome, rules, holidays, now)
                    .withHangupCause(cause);
            store.finish(call.attemptId(), end);
            meters.counter("kuuleva.call.attempts.ended", "outcome", end.outcome(),
                    "final", String.valueOf(end.isFinal())).increment();
            LOG.info("attempt {} (respondent {}, attempt {}) ended {} {}", call.attemptId(), call.respondentId(),
                    call.attemptNo(), end.outcome(), end.isFinal() ? "(final)" : "retry at " + end.nextAttemptAt());
        } catch (RuntimeException e) {
            LOG.error("attempt {} could not be ended; reconciliation will end it", call.attemptId(), e);
        }
        thread.execute(this::tick);
    }

    /**
     * Ends calls whose end Asterisk never reported (an AMI connection lost after the answer, an Asterisk restart)
     * once they are older than any call can be: with the survey's outcome if the call reached one, else as failed.
     */
    private void endLost(Instant now) {
        for (InFlight flight : List.copyOf(inFlight.values())) {
            if (flight.dialled().plus(config.maxCall()).isBefore(now)) {
                Optional<String> survey = Optional.ofNullable(surveys.get(flight.call().attemptKey())).map(Enum::name)
                        .or(() -> store.surveyOutcome(flight.call().attemptId()));
                LOG.warn("attempt {}: no end reported by Asterisk within {}; ending it", flight.call().attemptId(),
                        config.maxCall());
                end(flight, survey.isPresent() ? DialResult.ANSWERED : DialResult.FAILED, survey, null);
            }
        }
    }

    private void completeFinished(List<RunningCampaign> running) {
        for (RunningCampaign campaign : running) {
            if (!store.anybodyWaiting(campaign.id()) && completion.completeIfDone(campaign.id())) {
                LOG.info("campaign {} ({}) completed: nobody is pending", campaign.id(), campaign.name());
            }
        }
    }

    @Override
    @PreDestroy
    public void close() {
        surveyEnds.close();
        thread.shutdownNow();
        lines.forEach(line -> line.ami().close());
    }
}
