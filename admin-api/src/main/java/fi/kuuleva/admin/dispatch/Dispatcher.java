package fi.kuuleva.admin.dispatch;

import fi.kuuleva.admin.campaign.Campaign;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.admin.demo.SimulatedResidents;
import fi.kuuleva.admin.optout.DoNotCallStore;
import fi.kuuleva.admin.respondent.RespondentRepository;
import fi.kuuleva.admin.respondent.RespondentStatus;
import fi.kuuleva.admin.telephony.AsteriskServerConfig;
import fi.kuuleva.admin.telephony.Telephony;
import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.campaign.Rejected;
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
import fi.kuuleva.telephony.agi.ChannelVariables;
import fi.kuuleva.telephony.ami.AmiClient;
import fi.kuuleva.telephony.ami.AmiConfig;
import fi.kuuleva.telephony.ami.CallEvent;
import fi.kuuleva.telephony.ami.OriginateRequest;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
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
 * the servers' call events and the calls' survey outcomes. Everything runs on the dispatcher's one thread: ticks every
 * poll interval, and at once when a call ends; AMI events are handed to it. Started with the service; on start it
 * ends the attempts this instance left open when it last stopped.
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
    private final CampaignRepository campaigns;
    private final RespondentRepository respondents;
    private final SimulatedResidents simulated;
    private final Telephony telephony;
    private final DispatcherConfig config;
    private final Clock clock;
    private final Holidays holidays;
    private final CallPolicies policies;
    private final String instanceId;
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, InFlight> inFlight = new HashMap<>();
    private final AtomicInteger callsInProgress = new AtomicInteger();
    private final MeterRegistry meters;
    private final CampaignCompletion completion;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread dispatcher = new Thread(runnable, "dispatcher");
        dispatcher.setDaemon(true);
        return dispatcher;
    });

    public Dispatcher(DispatchStore store, CampaignRepository campaigns, RespondentRepository respondents,
                      DoNotCallStore doNotCall, SimulatedResidents simulated, Telephony telephony,
                      List<AsteriskServerConfig> servers, DispatcherConfig config, Clock clock,
                      MeterRegistry meters, CampaignCompletion completion) {
        this.meters = meters;
        this.completion = completion;
        Gauge.builder("kuuleva.calls.in.progress", callsInProgress, AtomicInteger::get)
                .description("Calls dialled by this instance and not yet ended").register(meters);
        this.store = store;
        this.campaigns = campaigns;
        this.respondents = respondents;
        this.simulated = simulated;
        this.telephony = telephony;
        this.config = config;
        this.clock = clock;
        this.holidays = config.publicHolidays() ? new FinnishHolidays() : Holidays.none();
        this.policies = CallPolicies.standard(holidays, number -> doNotCall.contains(number.e164()));
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
            List<Campaign> running = campaigns.findByStateOrderByPriorityDesc(CampaignState.RUNNING);
            for (Line line : lines) {
                if (line.ami().health().up()) {
                    List<Long> ids = running.stream().filter(c -> servedBy(c, line)).map(Campaign::id).toList();
                    dialWhileFree(line, ids, now);
                }
            }
            endLost(now);
            completeFinished(running);
        } catch (RuntimeException e) {
            LOG.error("dispatcher tick failed; trying again at the next one", e);
        }
    }

    private boolean servedBy(Campaign campaign, Line line) {
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
        var rules = CampaignRules.of(campaigns.findById(call.campaignId()).orElseThrow());
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
            variables.putAll(simulated.variables(call.respondentId(), call.attemptNo()));
        }
        variables.put(ChannelVariables.ATTEMPT, call.attemptKey());
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
        InFlight flight = inFlight.get(event.attemptId());
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
            end(flight, dial, Optional.empty(), notAnswered.failure().name());
        } else if (event instanceof CallEvent.Ended ended) {
            String cause = Integer.toString(ended.hangupCause());
            Optional<String> survey = store.surveyOutcome(flight.call().attemptId());
            if (survey.isPresent()) {
                // The survey's last sprint is committed: the line is free now, not after the grace.
                end(flight, DialResult.ANSWERED, survey, cause);
            } else {
                thread.schedule(() -> end(flight, DialResult.ANSWERED,
                        store.surveyOutcome(flight.call().attemptId()), cause), config.endGrace().toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    private void end(InFlight flight, DialResult dial, Optional<String> surveyOutcome, String cause) {
        ClaimedCall call = flight.call();
        if (inFlight.remove(call.attemptKey()) == null) {
            return;
        }
        callsInProgress.set(inFlight.size());
        flight.line().pacer().release(flight.slot());
        try {
            Instant now = clock.instant();
            var rules = CampaignRules.of(campaigns.findById(call.campaignId()).orElseThrow());
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
                Optional<String> survey = store.surveyOutcome(flight.call().attemptId());
                LOG.warn("attempt {}: no end reported by Asterisk within {}; ending it", flight.call().attemptId(),
                        config.maxCall());
                end(flight, survey.isPresent() ? DialResult.ANSWERED : DialResult.FAILED, survey, null);
            }
        }
    }

    private void completeFinished(List<Campaign> running) {
        for (Campaign campaign : running) {
            if (respondents.countByCampaignIdAndStatus(campaign.id(), RespondentStatus.PENDING) == 0
                    && respondents.countByCampaignIdAndStatus(campaign.id(), RespondentStatus.IN_CALL) == 0
                    && completion.completeIfDone(campaign.id())) {
                LOG.info("campaign {} ({}) completed: nobody is pending", campaign.id(), campaign.name());
            }
        }
    }

    @Override
    @PreDestroy
    public void close() {
        thread.shutdownNow();
        lines.forEach(line -> line.ami().close());
    }
}
