package fi.kuuleva.telephony.ami;

import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.telephony.ami.CallEvent.Failure;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Asterisk server over AMI: logs in with backoff until it can, keeps its health, places calls with
 * asynchronous originates and reports what happens to them as {@link CallEvent}s. The AMI listener only converts
 * and hands off: the consumer runs on this client's own event thread, never on Asterisk-Java's reader thread.
 */
public final class AmiClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AmiClient.class);
    /** Originates with this channel-id prefix are ours: the rest of the id is the attempt's key. */
    static final String CHANNEL_PREFIX = "kuuleva-";
    private static final Duration RESPONSE_MARGIN = Duration.ofSeconds(30);
    /** How long a failed originate waits for its channel's Hangup (and Q.850 cause) when that comes second. */
    private static final Duration CAUSE_GRACE = Duration.ofSeconds(1);

    private final AmiConfig config;
    private final Consumer<CallEvent> consumer;
    private final ManagerConnection connection;
    private final ScheduledExecutorService events;
    private final Map<AttemptKey, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    /** Q.850 causes (null: none given) of channels hung up before their originate's response (event thread only). */
    private final Map<AttemptKey, Integer> causes = new HashMap<>();
    /** Failed originates waiting up to {@link #CAUSE_GRACE} for their channel's Hangup (event thread only). */
    private final Map<AttemptKey, CallEvent.NotAnswered> awaitingCause = new HashMap<>();
    private final AtomicReference<Health> health;
    private final java.util.concurrent.atomic.AtomicInteger reconnects = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean closed;

    /** Whether the AMI connection is up, and since when it has been in this state. */
    public record Health(boolean up, Instant since, String detail) {
    }

    public AmiClient(AmiConfig config, Consumer<CallEvent> consumer) {
        this.config = config;
        this.consumer = consumer;
        this.connection = new ManagerConnectionFactory(config.host(), config.port(), config.username(),
                config.secret()).createManagerConnection();
        this.events = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ami-events-" + config.name());
            thread.setDaemon(true);
            return thread;
        });
        this.health = new AtomicReference<>(new Health(false, Instant.now(), "not connected yet"));
        connection.registerUserEventClass(KuulevaCallEndedEvent.class);
        connection.addEventListener(new Listener());
    }

    /** Starts connecting in the background; {@link #health()} says when it is up. */
    public void start() {
        events.execute(() -> login(config.firstRetry()));
    }

    public Health health() {
        return health.get();
    }

    /** How many times the connection came back after it was lost. */
    public int reconnects() {
        return reconnects.get();
    }

    public String name() {
        return config.name();
    }

    /**
     * Places a call. Its fate arrives as events: {@link CallEvent.Answered} or {@link CallEvent.NotAnswered},
     * then {@link CallEvent.Ended} for an answered call. Throws when the connection is down, so the caller can retry elsewhere later.
     */
    public void originate(OriginateRequest request) {
        if (connection.getState() != ManagerConnectionState.CONNECTED) {
            throw new IllegalStateException("AMI " + config + " is not connected");
        }
        OriginateAction action = new OriginateAction();
        action.setChannel(request.channel());
        action.setContext(request.context());
        action.setExten(request.extension());
        action.setPriority(1);
        action.setTimeout((long) request.ringSeconds() * 1000);
        action.setCallerId(request.callerId());
        action.setVariables(request.variables());
        action.setAsync(true);
        action.setActionId(request.attempt().text());
        action.setChannelId(CHANNEL_PREFIX + request.attempt().text());
        long deadline = request.ringSeconds() + RESPONSE_MARGIN.toSeconds();
        pending.put(request.attempt(), events.schedule(() -> noResponse(request.attempt()), deadline,
                TimeUnit.SECONDS));
        try {
            connection.sendAction(action, response -> {
                if (response instanceof ManagerError error) {
                    String detail = error.getMessage();
                    events.execute(() -> failed(request.attempt(), Failure.FAILED, detail));
                }
            });
        } catch (Exception e) {
            cancelPending(request.attempt());
            throw new IllegalStateException("originate on " + config + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        if (connection.getState() == ManagerConnectionState.CONNECTED) {
            connection.logoff();
        }
        events.shutdownNow();
    }

    private void login(Duration retry) {
        if (closed) {
            return;
        }
        try {
            connection.login();
            health.set(new Health(true, Instant.now(), "connected to Asterisk " + connection.getVersion()));
            LOG.info("AMI {} connected", config);
        } catch (Exception e) {
            health.set(new Health(false, health.get().up() ? Instant.now() : health.get().since(),
                    "cannot log in: " + e.getMessage()));
            LOG.warn("AMI {} cannot log in ({}); retrying in {} ms", config, e.getMessage(), retry.toMillis());
            Duration next = retry.multipliedBy(2).compareTo(config.maxRetry()) > 0 ? config.maxRetry()
                    : retry.multipliedBy(2);
            events.schedule(() -> login(next), retry.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void noResponse(AttemptKey attempt) {
        if (pending.remove(attempt) != null) {
            consumer.accept(new CallEvent.NotAnswered(attempt, config.name(), Failure.NO_RESPONSE,
                    "no originate response from Asterisk", causes.remove(attempt)));
        }
    }

    /**
     * Reports a failed originate with its channel's Q.850 cause: at once when the Hangup came first (or the failure
     * is ours, not Asterisk's), else when the Hangup comes or {@link #CAUSE_GRACE} has passed without one.
     */
    private void failed(AttemptKey attempt, Failure failure, String detail) {
        if (!cancelPending(attempt)) {
            return;
        }
        boolean hungUp = causes.containsKey(attempt);
        CallEvent.NotAnswered failed = new CallEvent.NotAnswered(attempt, config.name(), failure, detail,
                causes.remove(attempt));
        if (hungUp || failure == Failure.CONNECTION_LOST) {
            consumer.accept(failed);
            return;
        }
        awaitingCause.put(attempt, failed);
        events.schedule(() -> {
            CallEvent.NotAnswered uncaused = awaitingCause.remove(attempt);
            if (uncaused != null) {
                consumer.accept(uncaused);
            }
        }, CAUSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The Hangup of an originated channel before it was answered: its cause goes with the originate's failure, none
     * for cause 0 (Asterisk hung the channel up itself, e.g. on a busy signal from a Local channel).
     */
    private void onHangup(AttemptKey attempt, int cause) {
        Integer known = cause > 0 ? cause : null;
        CallEvent.NotAnswered waiting = awaitingCause.remove(attempt);
        if (waiting != null) {
            consumer.accept(new CallEvent.NotAnswered(attempt, waiting.server(), waiting.failure(), waiting.detail(),
                    known));
        } else if (pending.containsKey(attempt)) {
            causes.put(attempt, known);
        }
    }

    private boolean cancelPending(AttemptKey attempt) {
        ScheduledFuture<?> deadline = pending.remove(attempt);
        if (deadline != null) {
            deadline.cancel(false);
        }
        return deadline != null;
    }

    private void onOriginateResponse(OriginateResponseEvent event) {
        Optional<AttemptKey> parsed = AttemptKey.parse(event.getActionId());
        if (parsed.isEmpty()) {
            return; // not an originate of ours
        }
        AttemptKey attempt = parsed.get();
        if (event.isSuccess()) {
            if (cancelPending(attempt)) {
                consumer.accept(new CallEvent.Answered(attempt, config.name()));
            }
            return;
        }
        failed(attempt, OriginateReasons.failure(event.getReason()), "originate reason " + event.getReason());
    }

    private void onCallEnded(KuulevaCallEndedEvent event) {
        Optional<AttemptKey> attempt = AttemptKey.parse(event.getAttempt());
        if (attempt.isEmpty()) {
            return;
        }
        int cause = 0;
        try {
            cause = Integer.parseInt(event.getHangupCause().trim());
        } catch (RuntimeException unparsable) {
            LOG.debug("KuulevaCallEnded without a numeric hangup cause: {}", event.getHangupCause());
        }
        consumer.accept(new CallEvent.Ended(attempt.get(), config.name(), nonNull(event.getAmdStatus()),
                nonNull(event.getAgiStatus()), cause));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value.trim();
    }

    private void onConnectionLost() {
        health.set(new Health(false, Instant.now(), "connection lost; Asterisk-Java reconnects"));
        LOG.warn("AMI {} connection lost; {} originates without a response are failed", config, pending.size());
        for (AttemptKey attempt : pending.keySet()) {
            failed(attempt, Failure.CONNECTION_LOST, "AMI connection lost before the originate response");
        }
    }

    /** Runs on Asterisk-Java's reader thread: converts and hands off, nothing else. */
    private final class Listener implements ManagerEventListener {
        @Override
        public void onManagerEvent(ManagerEvent event) {
            if (closed) {
                return;
            }
            if (event instanceof OriginateResponseEvent response) {
                events.execute(() -> onOriginateResponse(response));
            } else if (event instanceof KuulevaCallEndedEvent ended) {
                events.execute(() -> onCallEnded(ended));
            } else if (event instanceof HangupEvent hangup && hangup.getCause() != null
                    && hangup.getUniqueId() != null && hangup.getUniqueId().startsWith(CHANNEL_PREFIX)) {
                Optional<AttemptKey> attempt = AttemptKey.parse(hangup.getUniqueId().substring(CHANNEL_PREFIX.length()));
                int cause = hangup.getCause();
                attempt.ifPresent(key -> events.execute(() -> onHangup(key, cause)));
            } else if (event instanceof DisconnectEvent) {
                events.execute(AmiClient.this::onConnectionLost);
            } else if (event instanceof ConnectEvent) {
                events.execute(() -> {
                    if (!health.get().up()) {
                        reconnects.incrementAndGet();
                    }
                    health.set(new Health(true, Instant.now(), "reconnected"));
                });
            }
        }
    }
}
