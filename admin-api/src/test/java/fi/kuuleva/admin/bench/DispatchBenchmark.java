package fi.kuuleva.admin.bench;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.TestRows;
import fi.kuuleva.dialler.AttemptEnd;
import fi.kuuleva.dialler.ClaimedCall;
import fi.kuuleva.dialler.DispatchStore;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Respondents claimed per second from one running campaign of a million respondents, on the embedded PostgreSQL with
 * the service's durable settings (fsync, synchronous commit). Not a test: run with {@code mvn -pl admin-api -am
 * -Pbench -DskipTests verify} (properties bench.respondents, bench.claims, bench.dispatchers, bench.batch).
 */
public final class DispatchBenchmark {

    private static final Instant NOW = Fixtures.NOW;

    private DispatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int respondents = Integer.getInteger("bench.respondents", 1_000_000);
        int claims = Integer.getInteger("bench.claims", 200_000);
        int[] dispatchers = ints(System.getProperty("bench.dispatchers", "1,2,4"));
        int[] batches = ints(System.getProperty("bench.batch", "50,200"));
        Path data = Path.of("target", "bench-db").toAbsolutePath();
        TestDatabase.delete(data);
        Map<String, Object> properties = Map.of("kuuleva.db.embedded.data-dir", data.toString(),
                "kuuleva.db.embedded.port", 0, "kuuleva.db.embedded.durable", true);
        try (ApplicationContext context = ApplicationContext.run(properties, "bench")) {
            Fixtures fixtures = context.getBean(Fixtures.class);
            TestRows rows = context.getBean(TestRows.class);
            DispatchStore store = context.getBean(DispatchStore.class);
            long started = System.nanoTime();
            long campaign = fixtures.runningCampaign("benchmark", 3, 0);
            fixtures.respondents(campaign, 1, respondents);
            rows.insertDoNotCall(10_000);
            rows.analyze();
            System.out.printf("setup: %,d respondents and 10,000 do-not-call numbers in %.1f s%n", respondents,
                    seconds(System.nanoTime() - started));

            run(store, campaign, 2, 100, 5_000, "warm-up");
            for (int batch : batches) {
                for (int threads : dispatchers) {
                    run(store, campaign, threads, batch, claims / batches.length / dispatchers.length,
                            "measured");
                }
            }
            cycle(store, campaign, 2, 100, 20_000);
            System.out.printf("check: %,d attempts, %d duplicate attempt numbers%n", rows.attempts(),
                    rows.duplicateAttemptNumbers());
        }
        TestDatabase.delete(data);
    }

    /** {@code threads} dispatchers claim {@code batch} at a time until {@code target} respondents are claimed. */
    private static void run(DispatchStore store, long campaign, int threads, int batch, int target, String label)
            throws Exception {
        AtomicInteger claimed = new AtomicInteger();
        List<long[]> latencies = new ArrayList<>();
        long elapsed = together(threads, instance -> {
            long[] mine = new long[target / batch + threads + 1];
            int n = 0;
            while (claimed.get() < target) {
                long start = System.nanoTime();
                List<ClaimedCall> calls = store.claimDue(List.of(campaign), NOW, batch, "bench-" + instance);
                mine[n++] = System.nanoTime() - start;
                if (calls.isEmpty()) {
                    throw new IllegalStateException("the campaign ran out of due respondents");
                }
                claimed.addAndGet(calls.size());
            }
            synchronized (latencies) {
                latencies.add(Arrays.copyOf(mine, n));
            }
        });
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%-8s dispatchers=%d batch=%3d: %,7d claimed in %5.1f s = %,6.0f respondents/s;"
                        + " claim transaction p50 %.1f ms, p99 %.1f ms%n", label, threads, batch, claimed.get(),
                seconds(elapsed), claimed.get() / seconds(elapsed), all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6);
    }

    /** The dispatcher's whole loop: claim a batch, then end each attempt (retried later), one transaction each. */
    private static void cycle(DispatchStore store, long campaign, int threads, int batch, int target)
            throws Exception {
        AtomicInteger done = new AtomicInteger();
        long elapsed = together(threads, instance -> {
            while (done.get() < target) {
                List<ClaimedCall> calls = store.claimDue(List.of(campaign), NOW, batch, "bench-" + instance);
                if (calls.isEmpty()) {
                    throw new IllegalStateException("the campaign ran out of due respondents");
                }
                for (ClaimedCall call : calls) {
                    store.finish(call.attemptId(), AttemptEnd.retried("NO_ANSWER", NOW, NOW.plusSeconds(3_600)));
                    done.incrementAndGet();
                }
            }
        });
        System.out.printf("cycle    dispatchers=%d batch=%3d: %,7d claimed and ended in %5.1f s = %,6.0f calls/s%n",
                threads, batch, done.get(), seconds(elapsed), done.get() / seconds(elapsed));
    }

    @FunctionalInterface
    private interface Dispatcher {
        void run(int instance) throws Exception;
    }

    private static long together(int threads, Dispatcher dispatcher) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int instance = i;
                running.add(pool.submit(() -> {
                    start.await();
                    dispatcher.run(instance);
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> future : running) {
                future.get();
            }
            return System.nanoTime() - began;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int[] ints(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
