package fi.kuuleva.telephony.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;

/**
 * Wraps the survey script for the benchmark: counts live sessions, the CPU time of the threads that run them, and
 * on each call's channel the time from an AGI reply carrying a key to sending the next STREAM FILE (the engine,
 * journal and translator in between). Thread-safe; no per-call fields.
 */
final class TimedScript implements AgiScript {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String KEYS = "0123456789*#";

    final Samples keyToPrompt = new Samples();
    final AtomicInteger active = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicLong threadCpuNanos = new AtomicLong();
    final AtomicLong sessionNanos = new AtomicLong();
    private final AgiScript delegate;

    TimedScript(AgiScript delegate) {
        this.delegate = delegate;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        started.incrementAndGet();
        peak.accumulateAndGet(active.incrementAndGet(), Math::max);
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try {
            delegate.service(request, timed(channel));
        } catch (AgiException | RuntimeException e) {
            failed.incrementAndGet();
            throw e;
        } finally {
            sessionNanos.addAndGet(System.nanoTime() - start);
            threadCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
            active.decrementAndGet();
        }
    }

    /** The channel with a timing hook; the moment the last key arrived lives in the proxy of this call only. */
    private AgiChannel timed(AgiChannel channel) {
        long[] keyAt = {0};
        return (AgiChannel) Proxy.newProxyInstance(AgiChannel.class.getClassLoader(), new Class<?>[] {AgiChannel.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("streamFile") && keyAt[0] != 0) {
                        keyToPrompt.add(System.nanoTime() - keyAt[0]);
                    }
                    if (name.equals("streamFile") || name.equals("waitForDigit") || name.equals("recordFile")
                            || name.equals("getData")) {
                        keyAt[0] = 0;
                    }
                    Object result;
                    try {
                        result = method.invoke(channel, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof Character key && KEYS.indexOf(key) >= 0) {
                        keyAt[0] = System.nanoTime();
                    }
                    return result;
                });
    }
}
