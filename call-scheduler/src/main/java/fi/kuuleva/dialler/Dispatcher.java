package fi.kuuleva.dialler;

import fi.kuuleva.calls.OutcomeSubscription;
import fi.kuuleva.calls.SurveyOutcomes;
import fi.kuuleva.calls.Telephony;
import fi.kuuleva.campaign.DoNotCallList;
import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.campaign.Rejected;
import fi.kuuleva.campaign.schedule.CallCandidate;
import fi.kuuleva.campaign.schedule.CallHistory;
import fi.kuuleva.campaign.schedule.CallPolicies;
import fi.kuuleva.campaign.schedule.FinnishHolidays;
import fi.kuuleva.campaign.schedule.Holidays;
import fi.kuuleva.telephony.ami.AmiClient;
import fi.kuuleva.telephony.ami.AmiConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dials due respondents of running campaigns through each configured Asterisk server, one line lease at a time
 * (the lines are shared by every instance through the store), and hands each call to {@link LiveCalls} until it
 * ends. Everything runs on the dispatcher's one thread: ticks every poll interval, and at once when a call ends; AMI
 * events and survey hand-offs are handed to it. On start it ends the attempts this instance left open when it last
 * stopped; on the context's shutdown it stops cleanly ({@link #stop()}).
 */
@Context
@Requires(property = "kuuleva.dispatcher.enabled", value = "true", defaultValue = "true")
public class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration NOT_BEFORE_AGAIN = Duration.ofMinutes(1);

    private final DispatchStore store;
    private final StoredLines leases;
    private final CampaignRuleSource campaigns;
    private final CallTargets targets;
    private final Telephony telephony;
    private final DispatcherConfig config;
    private final Clock clock;
    private final Holidays holidays;
    private final CallPolicies policies;
    private final String instanceId;
    private final List<AsteriskLine> lines = new ArrayList<>();
    private final LiveCalls live;
    private final CampaignCompletion completion;
    /** Survey ends handed to the dispatcher thread, closed before that thread stops (else a call ending is refused). */
    private final OutcomeSubscription surveyEnds;
    private final CompletableFuture<Void> drained = new CompletableFuture<>();
    /** Set on the dispatcher thread when the stop begins: no more claims. */
    private boolean stopping;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread dispatcher = new Thread(runnable, "dispatcher");
        dispatcher.setDaemon(true);
        return dispatcher;
    });

    public Dispatcher(DispatchStore store, StoredLines leases, CampaignRuleSource campaigns, DoNotCallList doNotCall,
                      @Nullable CallTargets targets, Telephony telephony, SurveyOutcomes outcomes,
                      List<AsteriskServerConfig> servers, DispatcherConfig config, Clock clock,
                      MeterRegistry meters, CampaignCompletion completion) {
        this.store = store;
        this.leases = leases;
        this.campaigns = campaigns;
        this.targets = targets == null ? CallTargets.NONE : targets;
        this.telephony = telephony;
        this.config = config;
        this.clock = clock;
        this.completion = completion;
        this.holidays = config.publicHolidays() ? new FinnishHolidays() : Holidays.none();
        this.policies = CallPolicies.standard(holidays, doNotCall);
        this.instanceId = config.instance();
        this.live = new LiveCalls(store, campaigns, holidays, config, clock, meters, thread, this::afterEnd);
        int concurrent = servers.stream().mapToInt(AsteriskServerConfig::maxConcurrentCalls).sum();
        if (concurrent > telephony.agiThreads()) {
            // Asterisk-Java's FastAGI pool rejects, not queues, a call beyond its threads: the resident who just
            // answered would be hung up on (AGISTATUS FAILURE, cause 41).
            throw new IllegalStateException("the Asterisk servers allow " + concurrent + " concurrent calls but FastAGI has "
                    + telephony.agiThreads() + " threads: raise kuuleva.telephony.agi-threads to at least " + concurrent
                    + " or lower max-concurrent-calls");
        }
        reconcile();
        // Leases this instance id still holds are from its last life (its attempts' went with them above).
        leases.giveBackAll();
        this.surveyEnds = outcomes.subscribe(outcome -> thread.execute(() -> live.onSurveyEnded(outcome)));
        for (AsteriskServerConfig server : servers) {
            AmiClient ami = new AmiClient(new AmiConfig(server.name(), server.host(), server.port(), server.username(),
                    server.secret() == null ? "" : server.secret(), Duration.ofMillis(500), Duration.ofSeconds(30)),
                    event -> thread.execute(() -> live.onCallEvent(event)));
            lines.add(new AsteriskLine(server, ami));
            ami.start();
            LOG.info("dispatching through Asterisk {}: {} lines, {} call starts/s (shared by every instance)", server,
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
        Map<String, AmiClient.Health> health = new TreeMap<>();
        lines.forEach(line -> health.put(line.name(), line.ami().health()));
        return health;
    }

    /** Whether every configured Asterisk server's AMI is logged in. */
    public boolean connected() {
        return lines.stream().allMatch(line -> line.ami().health().up());
    }

    private void reconcile() {
        List<Reconciled> ended = store.reconcileInstance(instanceId, clock.instant(),
                new LostAttempts(campaigns, holidays));
        if (!ended.isEmpty()) {
            LOG.warn("ended {} attempts this instance ({}) left open when it stopped", ended.size(), instanceId);
        }
    }

    private void tick() {
        if (stopping) {
            return;
        }
        try {
            Instant now = clock.instant();
            List<RunningCampaign> running = store.running();
            for (AsteriskLine line : lines) {
                if (line.ami().health().up()) {
                    List<Long> ids = running.stream().filter(c -> servedBy(c, line)).map(RunningCampaign::id).toList();
                    dialWhileFree(line, ids, now);
                }
            }
            live.endLost(now);
            completeFinished(running);
        } catch (RuntimeException e) {
            LOG.error("dispatcher tick failed; trying again at the next one", e);
        }
    }

    private boolean servedBy(RunningCampaign campaign, AsteriskLine line) {
        String wanted = campaign.asteriskServer();
        return wanted == null || wanted.equals(line.name())
                || lines.stream().noneMatch(other -> other.name().equals(wanted)) && line == lines.get(0);
    }

    /** Claims one due respondent with a line at a time, until no line is free now or nobody is due. */
    private void dialWhileFree(AsteriskLine line, List<Long> campaignIds, Instant now) {
        while (!campaignIds.isEmpty()) {
            LineClaim claim = store.claimLine(line.name(), line.config().limits(), campaignIds, now, instanceId);
            if (claim instanceof NoLine noLine) {
                noLine.pace().retryAfter().ifPresent(after -> thread.schedule(this::tick, after.toMillis() + 1,
                        TimeUnit.MILLISECONDS));
                return;
            }
            if (!(claim instanceof Claimed claimed)) {
                return;
            }
            dial(line, claimed.call(), now);
        }
    }

    private void dial(AsteriskLine line, ClaimedCall call, Instant now) {
        var rules = campaigns.rules(call.campaignId());
        CallHistory before = new CallHistory(call.attemptNo() - 1, false, Optional.empty(), Optional.empty());
        if (policies.check(new CallCandidate(rules, new PhoneNumber(call.phoneE164()), before), now)
                instanceof Rejected rejected) {
            Optional<Instant> next = rules.calendar(holidays).nextCallableInstant(now)
                    .map(at -> at.isAfter(now) ? at : now.plus(NOT_BEFORE_AGAIN));
            store.unclaim(call, next.orElse(null), "NOT_CALLED");
            LOG.info("attempt {} not dialled ({}: {}); due again {}", call.attemptId(), rejected.reason(),
                    rejected.detail(), next.map(Instant::toString).orElse("never"));
            return;
        }
        live.dialled(call, now);
        store.started(call.attemptId(), now, line.name());
        try {
            line.ami().originate(Originates.of(line.config(), call, targets, telephony.config()));
        } catch (RuntimeException e) {
            LOG.warn("attempt {} could not be placed: {}", call.attemptId(), e.getMessage());
            live.notPlaced(call);
        }
    }

    /** On the dispatcher thread, after a call ended: a line is free, or the stop waits for one call less. */
    private void afterEnd() {
        if (stopping) {
            if (live.size() == 0) {
                drained.complete(null);
            }
            return;
        }
        thread.execute(this::tick);
    }

    private void completeFinished(List<RunningCampaign> running) {
        for (RunningCampaign campaign : running) {
            if (!store.anybodyWaiting(campaign.id()) && completion.completeIfDone(campaign.id())) {
                LOG.info("campaign {} ({}) completed: nobody is pending", campaign.id(), campaign.name());
            }
        }
    }

    /** The context is stopping (SIGTERM): published before any bean is destroyed, so the pool is still open. */
    @EventListener
    void onShutdown(ShutdownEvent event) {
        stop();
    }

    /**
     * Stops cleanly: dials no more, waits up to {@code kuuleva.dispatcher.drain} for the calls up to end (their
     * FastAGI sessions and the database are still there), then ends this instance's remaining attempts as lost
     * (retried by the campaign's rules) and gives back its lines. Returns how many calls were still up.
     */
    public int stop() {
        if (thread.isShutdown()) {
            return 0;
        }
        CompletableFuture<Integer> up = new CompletableFuture<>();
        thread.execute(() -> {
            stopping = true;
            up.complete(live.size());
            if (live.size() == 0) {
                drained.complete(null);
            }
        });
        try {
            int calls = up.get(10, TimeUnit.SECONDS);
            LOG.info("stopping: dialling no more; waiting up to {} for {} calls to end", config.drain(), calls);
            drained.get(config.drain().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("stopping: {} calls still up after {}; ending their attempts", live.size(), config.drain());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.error("stopping: waiting for the calls failed", e);
        }
        int left = live.size();
        try {
            CompletableFuture.runAsync(() -> {
                reconcile();
                leases.giveBackAll();
            }, thread).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            LOG.error("stopping: the attempts left open could not be ended; another instance ends them when their"
                    + " lines lapse", e);
        }
        close();
        return left;
    }

    @Override
    @PreDestroy
    public void close() {
        surveyEnds.close();
        thread.shutdownNow();
        lines.forEach(line -> line.ami().close());
    }
}
