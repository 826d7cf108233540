package fi.kuuleva.dialler;

import static fi.kuuleva.admin.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.TestRows;
import fi.kuuleva.campaign.attempts.AttemptStatus;
import fi.kuuleva.campaign.pacing.PacerSettings;
import fi.kuuleva.campaign.pacing.Wait;
import fi.kuuleva.campaign.pacing.WaitReason;
import fi.kuuleva.campaign.schedule.Holidays;
import fi.kuuleva.lines.LineLease;
import fi.kuuleva.lines.Lines;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An Asterisk server's lines are shared by every instance through PostgreSQL: two dispatchers (different instance
 * ids, own threads and connections, one database) never hold more leases than the server's lines, share its start
 * rate, take the lines of a dead instance back when its leases lapse, and count inbound calls in the same limit.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineLeasesIT implements TestPropertyProvider {

    private static final int LINES = 3;
    private static final Duration TTL = Duration.ofSeconds(30);

    @Inject
    DispatchStore store;
    @Inject
    Fixtures fixtures;
    @Inject
    TestRows rows;
    @Inject
    CampaignRuleSource campaigns;
    @Inject
    Lines lines;
    @Inject
    Clock clock;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.asterisk.servers.inbound-pbx.max-concurrent-calls", "2");
        properties.put("kuuleva.lines.lease-ttl", "30s");
        return properties;
    }

    @Test
    void twoDispatchersNeverHoldMoreLinesThanTheServerHas() throws Exception {
        long campaign = fixtures.runningCampaign("lines", 1, 0);
        int respondents = 60;
        fixtures.respondents(campaign, 700_001, respondents);
        // Starts are not limited here (a burst far larger than the campaign, the clock standing still): only lines.
        PacerSettings limits = new PacerSettings(LINES, 1_000, 100 * respondents);
        AtomicInteger held = new AtomicInteger();
        AtomicInteger mostHeld = new AtomicInteger();
        AtomicInteger mostLeased = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> dispatchers = new ArrayList<>();
            for (String instance : List.of("instance-a", "instance-b")) {
                dispatchers.add(pool.submit(() -> dispatch(instance, campaign, limits, start, held, mostHeld,
                        mostLeased)));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> dispatcher : dispatchers) {
                int calls = dispatcher.get(5, TimeUnit.MINUTES);
                assertTrue(calls > 0, "each dispatcher placed calls");
                total += calls;
            }
            assertEquals(respondents, total);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(LINES, mostHeld.get(), "the lines were used to the limit and never beyond");
        assertTrue(mostLeased.get() <= LINES, mostLeased.get() + " leases at once");
        assertEquals(0, leases("pbx"), "every line given back");
        assertEquals(respondents, rows.attemptCount(campaign, AttemptStatus.COMPLETED));
    }

    /**
     * One dispatcher: claims with a line while it can, holds each call for a while and ends it, and gives a line
     * back whenever none is free, until nobody is due and it holds no call; returns how many calls it placed.
     */
    private int dispatch(String instance, long campaign, PacerSettings limits, CountDownLatch start,
                         AtomicInteger held, AtomicInteger mostHeld, AtomicInteger mostLeased) throws Exception {
        start.await();
        Random random = new Random(instance.hashCode());
        Deque<ClaimedCall> mine = new ArrayDeque<>();
        int calls = 0;
        for (int round = 0; round < 100_000; round++) {
            LineClaim claim = store.claimLine("pbx", limits, List.of(campaign), NOW, instance);
            if (claim instanceof Claimed claimed) {
                mine.add(claimed.call());
                mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
                mostLeased.accumulateAndGet(leases("pbx"), Math::max);
                calls++;
            } else if (claim instanceof NobodyDue && mine.isEmpty()) {
                return calls;
            } else if (claim instanceof NoLine noLine && noLine.pace().reason() != WaitReason.ALL_LINES_BUSY) {
                throw new AssertionError(instance + ": " + noLine);
            }
            if (!mine.isEmpty() && (!(claim instanceof Claimed) || random.nextInt(3) == 0)) {
                held.decrementAndGet(); // before the line is given back, so `held` never undercounts
                assertTrue(store.finish(mine.poll().attemptId(), AttemptEnd.completed("COMPLETED", NOW)));
            } else if (mine.isEmpty() && claim instanceof NoLine) {
                Thread.onSpinWait();
            }
        }
        throw new AssertionError(instance + " made no progress; it holds " + mine.size() + ", the server has "
                + leases("pbx") + " leases");
    }

    @Test
    void theStartRateIsSharedByEveryInstance() {
        long campaign = fixtures.runningCampaign("rate", 1, 0);
        fixtures.respondents(campaign, 710_001, 10);
        PacerSettings limits = new PacerSettings(10, 2);

        assertInstanceOf(Claimed.class, store.claimLine("rate-pbx", limits, List.of(campaign), NOW, "instance-a"));
        assertEquals(new NoLine(new Wait(WaitReason.START_RATE, Optional.of(Duration.ofMillis(500)))),
                store.claimLine("rate-pbx", limits, List.of(campaign), NOW, "instance-b"));
        assertInstanceOf(Claimed.class,
                store.claimLine("rate-pbx", limits, List.of(campaign), NOW.plusMillis(500), "instance-b"));
        assertInstanceOf(NoLine.class,
                store.claimLine("rate-pbx", limits, List.of(campaign), NOW.plusMillis(600), "instance-a"));
        assertEquals(2, rows.attemptCount(campaign));
    }

    @Test
    void nobodyDueTakesNoLineAndNoStart() {
        long campaign = fixtures.runningCampaign("nobody", 1, 0);
        PacerSettings limits = new PacerSettings(1, 1);
        assertEquals(new NobodyDue(), store.claimLine("idle-pbx", limits, List.of(campaign), NOW, "instance-a"));
        fixtures.respondents(campaign, 720_001, 1);
        assertInstanceOf(Claimed.class, store.claimLine("idle-pbx", limits, List.of(campaign), NOW, "instance-a"));
    }

    @Test
    void aDeadInstancesLinesLapseAndAnotherInstanceEndsItsAttempts() {
        long campaign = fixtures.runningCampaign("lapse", 3, 0);
        fixtures.respondents(campaign, 730_001, 5);
        PacerSettings limits = new PacerSettings(2, 100, 10);
        ClaimedCall first = ((Claimed) store.claimLine("lapse-pbx", limits, List.of(campaign), NOW, "dead"))
                .call();
        store.started(first.attemptId(), NOW, "lapse-pbx");
        assertInstanceOf(Claimed.class, store.claimLine("lapse-pbx", limits, List.of(campaign), NOW, "dead"));
        Instant later = NOW.plusSeconds(20);
        assertEquals(new NoLine(new Wait(WaitReason.ALL_LINES_BUSY, Optional.empty())),
                store.claimLine("lapse-pbx", limits, List.of(campaign), later, "alive"));

        Instant lapsed = NOW.plus(TTL);
        ClaimedCall alive = ((Claimed) store.claimLine("lapse-pbx", limits, List.of(campaign), lapsed, "alive"))
                .call();
        List<Reconciled> ended = store.reconcileLapsed(lapsed, new LostAttempts(campaigns, Holidays.none()))
                .stream().filter(r -> r.attempt().campaignId() == campaign).toList();

        assertEquals(2, ended.size(), "the dead instance's attempts, not the live one's");
        assertTrue(ended.stream().allMatch(r -> r.attempt().instanceId().equals("dead")));
        assertEquals(1, leases("lapse-pbx"), "the dead instance's leases went with its attempts");
        assertEquals(1, rows.attemptCount(campaign, AttemptStatus.QUEUED), alive + " is still up");
        assertEquals(0, rows.attemptCount(campaign, AttemptStatus.IN_PROGRESS), "the dead one's call is ended");
        assertEquals(0, rows.inconsistentRespondents(campaign));
    }

    @Test
    void inboundCallsTakeLinesFromTheSameLimit() {
        long campaign = fixtures.runningCampaign("inbound", 1, 0);
        fixtures.respondents(campaign, 740_001, 3);
        PacerSettings limits = new PacerSettings(2, 100, 10);
        Optional<LineLease> one = lines.take("inbound-pbx");
        Optional<LineLease> two = lines.take("inbound-pbx");
        assertTrue(one.isPresent() && two.isPresent());
        assertEquals(Optional.empty(), lines.take("inbound-pbx"), "both lines are up");
        assertEquals(Optional.empty(), lines.take("no-such-server"));
        Instant now = clock.instant();
        assertEquals(new NoLine(new Wait(WaitReason.ALL_LINES_BUSY, Optional.empty())),
                store.claimLine("inbound-pbx", limits, List.of(campaign), now, "instance-a"));

        lines.giveBack(one.get());
        lines.giveBack(one.get());
        assertInstanceOf(Claimed.class, store.claimLine("inbound-pbx", limits, List.of(campaign), now, "instance-a"));
        assertEquals(2, leases("inbound-pbx"));
    }

    /** The server's leases, counted in a transaction of their own. */
    private int leases(String server) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection()
                    .prepareStatement("SELECT count(*) FROM line_leases WHERE server = ?")) {
                statement.setString(1, server);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getInt(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
