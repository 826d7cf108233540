package fi.kuuleva.demo.bench;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.calls.Telephony;
import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.demo.DemoCampaign;
import fi.kuuleva.demo.DemoReport;
import fi.kuuleva.demo.DemoResident;
import fi.kuuleva.demo.ResidentScript;
import fi.kuuleva.dialler.Dispatcher;
import fi.kuuleva.survey.Language;
import fi.kuuleva.telephony.ami.AmiClient;
import fi.kuuleva.telephony.ami.AmiConfig;
import fi.kuuleva.telephony.ami.CallEvent;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Channel use on the real local Asterisk: a campaign of simulated residents who each answer and complete a short
 * keypad survey, dialled by the service's dispatcher through {@code bench.channel.lines} lines. Each call's time on
 * the line runs from its dial (call_attempts.started_at) to Asterisk's KuulevaCallEnded event, seen by a second AMI
 * login of this harness. Channel use = achieved calls per hour / (lines * 3600 / mean seconds per call). Not a test:
 * needs {@code ./ivr asterisk start}; run with {@code mvn -pl admin-api -am -Pbench -DskipTests -Dexec.skip
 * -Dbench.telephony.skip=true -Dbench.dispatch.skip=true -Dbench.import.skip=true -Dbench.channel.skip=false verify}.
 */
public final class ChannelUseBenchmark {

    private record Call(long attemptId, Instant dialled, Instant hungUp, Instant ended, String outcome) {
    }

    private ChannelUseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int lines = Integer.getInteger("bench.channel.lines", 10);
        int residents = Integer.getInteger("bench.channel.calls", 100);
        String secret = System.getenv().getOrDefault("KUULEVA_AMI_SECRET", "kuuleva-dev-secret");
        Path repo = Path.of(System.getProperty("kuuleva.repo", "..")).toAbsolutePath().normalize();
        Path data = Path.of("target", "bench-channel-db").toAbsolutePath();
        TestDatabase.delete(data);
        Map<String, Object> properties = new HashMap<>(Map.of("kuuleva.db.embedded.data-dir", data.toString(),
                "kuuleva.db.embedded.port", 0, "kuuleva.db.embedded.durable", true,
                "kuuleva.dispatcher.enabled", true, "kuuleva.dispatcher.instance-id", "bench-channel",
                "kuuleva.dispatcher.public-holidays", false,
                "kuuleva.telephony.agi-port", Integer.getInteger("bench.channel.agi-port", 4581),
                "kuuleva.telephony.media-dir", repo.resolve("var/media").toString()));
        properties.putAll(Map.of("kuuleva.asterisk.servers.local.secret", secret,
                "kuuleva.asterisk.servers.local.channel", "Local/{digits}@simulated-residents",
                "kuuleva.asterisk.servers.local.simulated", true,
                "kuuleva.asterisk.servers.local.ring-seconds", 8,
                "kuuleva.asterisk.servers.local.max-concurrent-calls", lines,
                "kuuleva.asterisk.servers.local.call-starts-per-second",
                Double.parseDouble(System.getProperty("bench.channel.starts-per-second", "2"))));
        Map<AttemptKey, Instant> hangups = new ConcurrentHashMap<>();
        try (AmiClient watch = new AmiClient(new AmiConfig("bench-watch", "127.0.0.1", 5038, "kuuleva", secret,
                Duration.ofMillis(500), Duration.ofSeconds(30)), event -> {
                    if (event instanceof CallEvent.Ended ended) {
                        hangups.put(ended.attempt(), Instant.now());
                    }
                });
             ApplicationContext context = ApplicationContext.run(properties, "bench")) {
            watch.start();
            long version = context.getBean(Fixtures.class).testSurvey().versionId();
            context.getBean(Telephony.class).preparePrompts(
                    context.getBean(SurveyEngines.class).engine(version).orElseThrow().survey());
            await(() -> context.getBean(Dispatcher.class).connected() && watch.health().up(), Duration.ofSeconds(20));
            String script = ResidentScript.keys("1", "1", "4", "2", "1").toString();
            List<DemoResident> people = new ArrayList<>();
            for (int i = 0; i < residents; i++) {
                people.add(new DemoResident("bench" + i, String.format("+358000998%03d", i), Language.FI,
                        "completes the survey by key", Map.of("RESIDENT_SCRIPT", script), "COMPLETED"));
            }
            long campaign = context.getBean(DemoCampaign.class).start("channel-use", version, 1,
                    Duration.ofMinutes(5), people);
            DemoReport report = context.getBean(DemoReport.class);
            await(() -> "COMPLETED".equals(report.progress(campaign).campaignState()), Duration.ofMinutes(20));
            print(lines, calls(context.getBean(ChannelUseRows.class), campaign, hangups));
        }
        TestDatabase.delete(data);
    }

    private static List<Call> calls(ChannelUseRows rows, long campaign, Map<AttemptKey, Instant> hangups) {
        return rows.attempts(campaign).stream().map(a -> new Call(a.id(), a.startedAt(),
                hangups.get(new AttemptKey(a.id())), a.endedAt(), a.outcome())).toList();
    }

    private static void print(int lines, List<Call> calls) {
        List<Call> seen = calls.stream().filter(c -> c.hungUp() != null).toList();
        Map<String, Long> outcomes = new HashMap<>();
        calls.forEach(c -> outcomes.merge(c.outcome(), 1L, Long::sum));
        double mean = seen.stream().mapToDouble(c -> seconds(c.dialled(), c.hungUp())).average().orElseThrow();
        double endLag = seen.stream().mapToDouble(c -> seconds(c.hungUp(), c.ended())).average().orElseThrow();
        Instant first = calls.get(0).dialled();
        Instant lastDial = calls.get(calls.size() - 1).dialled();
        Instant lastEnd = seen.stream().map(Call::hungUp).max(Instant::compareTo).orElseThrow();
        double whole = seconds(first, lastEnd);
        double achieved = calls.size() * 3600 / whole;
        double allowed = lines * 3600 / mean;
        double busyUntilLastDial = seen.stream().mapToDouble(c -> overlap(c, first, lastDial)).sum();
        System.out.printf("calls: %d (%s), %d with Asterisk's end event; %d lines%n", calls.size(), outcomes,
                seen.size(), lines);
        System.out.printf("mean time on the line (dial to Asterisk's hangup): %.2f s; end event to attempt ended:"
                + " %.2f s%n", mean, endLag);
        System.out.printf("whole run %.1f s: achieved %.0f calls/h, allowed %.0f calls/h, channel use %.3f%n", whole,
                achieved, allowed, achieved / allowed);
        System.out.printf("until the last dial (%.1f s, no tail): lines busy %.3f of the time%n",
                seconds(first, lastDial), busyUntilLastDial / (lines * seconds(first, lastDial)));
    }

    private static double overlap(Call call, Instant from, Instant to) {
        Instant start = call.dialled().isAfter(from) ? call.dialled() : from;
        Instant end = call.hungUp().isBefore(to) ? call.hungUp() : to;
        return end.isAfter(start) ? seconds(start, end) : 0;
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static void await(java.util.function.BooleanSupplier done, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within " + limit);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }
}
