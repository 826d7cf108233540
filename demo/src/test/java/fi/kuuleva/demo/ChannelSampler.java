package fi.kuuleva.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;

/**
 * Asterisk's own list of channels, read over a separate AMI login every {@code period}: the outbound calls up (a Local
 * channel's first half, {@code Local/<digits>@simulated-residents-..;1}, from the dial on) and the numbers among them,
 * beside the line leases the store counts at the same moment ({@code leases}). A channel running its hangup handler
 * ({@code kuuleva-call-ended}) has hung up and is counted apart. Sampling runs on its own thread from {@link #start()}
 * to {@link #close()}; the figures may be read from any thread.
 */
final class ChannelSampler implements AutoCloseable {

    /** What the samples saw: the most calls up at once, the same number twice at once, and sampling failures. */
    record Seen(int samples, int mostCalls, int mostWithHangingUp, int mostLeases, List<String> numbersTwice,
                List<String> failures) {
    }

    private static final String HANGUP_HANDLER = "kuuleva-call-ended";

    private final ManagerConnection ami;
    private final IntSupplier leases;
    private final long periodMillis;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
    private int samples;
    private int mostCalls;
    private int mostWithHangingUp;
    private int mostLeases;
    private final List<String> numbersTwice = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    ChannelSampler(String secret, IntSupplier leases, long periodMillis) {
        this.ami = new ManagerConnectionFactory("127.0.0.1", 5038, "kuuleva", secret).createManagerConnection();
        this.leases = leases;
        this.periodMillis = periodMillis;
    }

    ChannelSampler start() throws Exception {
        ami.login();
        thread.scheduleAtFixedRate(this::sample, 0, periodMillis, TimeUnit.MILLISECONDS);
        return this;
    }

    private void sample() {
        try {
            List<CoreShowChannelEvent> channels = ami.sendEventGeneratingAction(new CoreShowChannelsAction(), 5000)
                    .getEvents().stream().filter(CoreShowChannelEvent.class::isInstance)
                    .map(CoreShowChannelEvent.class::cast)
                    .filter(c -> c.getChannel().startsWith("Local/") && c.getChannel().endsWith(";1")).toList();
            List<String> up = channels.stream().filter(c -> !HANGUP_HANDLER.equals(c.getContext()))
                    .map(c -> c.getChannel().substring("Local/".length(), c.getChannel().indexOf('@'))).toList();
            int leased = leases.getAsInt();
            synchronized (this) {
                samples++;
                mostCalls = Math.max(mostCalls, up.size());
                mostWithHangingUp = Math.max(mostWithHangingUp, channels.size());
                mostLeases = Math.max(mostLeases, leased);
                Set<String> once = new HashSet<>();
                up.stream().filter(number -> !once.add(number)).forEach(number -> numbersTwice.add(number + " in "
                        + channels.stream().map(CoreShowChannelEvent::getChannel).toList()));
            }
        } catch (Exception e) {
            synchronized (this) {
                failures.add(e.toString());
            }
        }
    }

    synchronized Seen seen() {
        return new Seen(samples, mostCalls, mostWithHangingUp, mostLeases, List.copyOf(numbersTwice),
                List.copyOf(failures));
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
        ami.logoff();
    }
}
