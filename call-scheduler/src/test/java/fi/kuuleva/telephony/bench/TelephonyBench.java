package fi.kuuleva.telephony.bench;

import com.sun.management.OperatingSystemMXBean;
import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.Outcome;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.flow.Trigger;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.speech.Speech;
import fi.kuuleva.speech.SpeechConfig;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.speech.prompt.PromptPreparer;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import fi.kuuleva.telephony.agi.CallSetup;
import fi.kuuleva.telephony.agi.ChannelVariables;
import fi.kuuleva.telephony.agi.FastAgiService;
import fi.kuuleva.telephony.agi.SpeechPort;
import fi.kuuleva.telephony.agi.SurveyAgiScript;
import fi.kuuleva.telephony.ami.AmiClient;
import fi.kuuleva.telephony.ami.AmiConfig;
import fi.kuuleva.telephony.ami.CallEvent;
import fi.kuuleva.telephony.ami.OriginateRequest;
import fi.kuuleva.telephony.speech.SpeechAdapter;
import fi.kuuleva.telephony.support.LocalAsterisk;
import fi.kuuleva.telephony.support.MemoryJournal;
import fi.kuuleva.telephony.support.Resident;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The telephony figures of docs/benchmarks.md: real calls through the local Asterisk ({@code real}: AMI originate to
 * simulated residents, FastAGI on 4574) and AGI sessions driven at the protocol level ({@code agi}: {@link AgiDriver}
 * on a loopback port). Not a test: run by the {@code bench} profile. Keys only (no speech model loaded).
 */
public final class TelephonyBench {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Survey survey;
    private final FlowEngine engine;
    private final MemoryJournal journal = new MemoryJournal();
    private final PromptFiles promptFiles;
    private final SurveyAgiScript script;
    private final SurveyAgiScript realScript;
    private final Path media;
    private final List<String> lines = new ArrayList<>();

    private TelephonyBench(Path media, Path recordings) throws Exception {
        this.media = media;
        survey = SurveyScripts.read(Path.of("src/test/resources/it-survey.yaml"));
        engine = new FlowEngine(survey, BuiltInPhrases.phrases());
        promptFiles = Speech.promptFiles(SpeechConfig.defaults(media.resolve("prompts")));
        new PromptPreparer(promptFiles).prepare(survey);
        script = new SurveyAgiScript(journal, SpeechAdapter.prompts(promptFiles),
                SpeechPort.NONE, recordings);
        // real calls: Asterisk writes the recordings, so they must be in the media folder it sees
        realScript = new SurveyAgiScript(journal, SpeechAdapter.prompts(promptFiles),
                SpeechPort.NONE, media.resolve("recordings"));
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("bench.mode", "agi,real");
        Path out = Path.of(System.getProperty("bench.out", "target/bench/telephony.md"));
        Files.createDirectories(out.getParent());
        Path media = LocalAsterisk.media();
        TelephonyBench bench;
        Path scratch = Files.createTempDirectory(out.getParent(), "recordings");
        bench = new TelephonyBench(media, scratch);
        bench.line(String.format(Locale.ROOT, "JVM %s, %d processors, max heap %d MB, load average at start %.2f",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, OS.getSystemLoadAverage()));
        bench.line("| run | calls | completed | errors | peak live | key->next prompt p50 / p99 ms (service) "
                + "| same, p50 / p99 ms (driver/Asterisk side) | CPU per call-second, % of a core: call threads / process "
                + "| CPU ms per call: threads / process | heap per live call, KB: live after GC / used | wall s | load |");
        bench.line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        if (mode.contains("agi")) {
            int pool = Integer.getInteger("bench.agi.pool", 2000);
            int warmup = Integer.getInteger("bench.agi.warmup", 100);
            if (warmup > 0) {
                bench.agi(warmup, pool, "warm-up (JIT), ");
            }
            for (String size : System.getProperty("bench.agi.sessions", "100,250,500,1000").split(",")) {
                if (size.isBlank()) {
                    continue;
                }
                bench.agi(Integer.parseInt(size.trim()), pool, "");
            }
            // sessions:pool pairs past the worker pool, to show how it fails
            for (String limited : System.getProperty("bench.agi.limited", "").split(",")) {
                if (!limited.isBlank()) {
                    String[] parts = limited.trim().split(":");
                    bench.agi(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), "pool " + parts[1] + ", ");
                }
            }
        }
        if (mode.contains("real")) {
            for (String size : System.getProperty("bench.real.calls", "10,50,10,50").split(",")) {
                bench.real(Integer.parseInt(size.trim()));
            }
        }
        bench.line(String.format(Locale.ROOT, "load average at end %.2f", OS.getSystemLoadAverage()));
        Files.write(out, bench.lines);
        try (var files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(scratch);
        System.exit(0);
    }

    private void agi(int sessions, int pool, String label) throws Exception {
        int port = Integer.getInteger("bench.agi.port", 14574);
        TimedScript timed = new TimedScript(script);
        FastAgiService service = new FastAgiService(timed, "127.0.0.1", port, pool);
        service.start();
        Thread.sleep(300);
        AgiDriver driver = new AgiDriver(journal::key, port, Double.parseDouble(System.getProperty("bench.agi.promptScale", "0.5")),
                Integer.getInteger("bench.agi.keyMillis", 400), media.resolve("simulated/answer-en.wav"));
        String prefix = "agi" + sessions + "-" + pool + "-" + label.length();
        for (int i = 0; i < sessions; i++) {
            journal.expect(prefix + "-" + i, setup());
        }
        CountDownLatch[] done = {null};
        Plateau plateau = new Plateau(timed, sessions, () -> done[0].getCount() == 0);
        Window window = Window.open();
        done[0] = driver.start(prefix, sessions, Integer.getInteger("bench.agi.rampMillis", 2000));
        plateau.start();
        boolean finished = done[0].await(5, TimeUnit.MINUTES);
        Window.Result used = window.close();
        plateau.stop();
        service.close();
        Thread.sleep(500);
        int completed = completed(prefix, sessions);
        int errors = sessions - completed + driver.errors.get() + timed.failed.get();
        String note = (finished ? "" : " (timed out)") + (driver.unexpected.get() > 0
                ? " unexpected commands " + driver.unexpected.get() : "") + (driver.errorSamples.isEmpty() ? ""
                : " e.g. " + driver.errorSamples.peek());
        row("AGI driver, " + label + sessions + note, sessions, completed, errors, timed, driver.keyToPrompt, used, plateau);
    }

    private void real(int calls) throws Exception {
        TimedScript timed = new TimedScript(realScript);
        FastAgiService service = new FastAgiService(timed, "127.0.0.1", 4574, 256);
        service.start();
        Map<AttemptKey, CompletableFuture<CallEvent>> ends = new ConcurrentHashMap<>();
        AmiClient ami = new AmiClient(new AmiConfig("local", LocalAsterisk.HOST, LocalAsterisk.AMI_PORT, "kuuleva",
                LocalAsterisk.amiSecret(), Duration.ofMillis(200), Duration.ofSeconds(2)), event -> {
                    if (event instanceof CallEvent.NotAnswered || event instanceof CallEvent.Ended) {
                        ends.computeIfAbsent(event.attempt(), id -> new CompletableFuture<>()).complete(event);
                    }
                });
        ami.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!ami.health().up() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        String answer = media.resolve("simulated/answer-en").toString();
        String prefix = "bench" + calls + "-" + Long.toString(System.currentTimeMillis() % 100000, 36);
        Plateau plateau = new Plateau(timed, calls, () -> ends.values().stream().allMatch(CompletableFuture::isDone));
        Window window = Window.open();
        for (int i = 0; i < calls; i++) {
            String attempt = prefix + "-" + i;
            AttemptKey key = journal.expect(attempt, setup());
            ends.computeIfAbsent(key, id -> new CompletableFuture<>());
            Map<String, String> variables = new HashMap<>(Resident.person().waits(4).presses("1").waits(1)
                    .presses("1").waits(1).presses("4").waits(1).presses("12#").waits(toImprove() + 0.8).says(answer).variables());
            variables.put("KUULEVA_AGI_PORT", "4574");
            variables.put(ChannelVariables.ATTEMPT, key.text());
            variables.put(ChannelVariables.LANGUAGE, "en");
            variables.put(ChannelVariables.SURVEY, survey.id());
            ami.originate(new OriginateRequest(key, "Local/" + attempt + "@simulated-residents",
                    "kuuleva-outbound", "s", 20, "\"Kuuleva bench\" <0100000000>", variables));
        }
        plateau.start();
        List<String> problems = new ArrayList<>();
        for (var end : ends.entrySet()) {
            try {
                CallEvent event = end.getValue().get(180, TimeUnit.SECONDS);
                if (!(event instanceof CallEvent.Ended ended) || !"SUCCESS".equals(ended.agiStatus())) {
                    problems.add(event.toString());
                }
            } catch (java.util.concurrent.TimeoutException e) {
                problems.add(end.getKey() + ": no end within 180 s");
            }
        }
        Window.Result used = window.close();
        plateau.stop();
        ami.close();
        service.close();
        try (var files = Files.list(media.resolve("recordings"))) {
            java.util.Set<String> ours = ends.keySet().stream().map(key -> key.text() + "-")
                    .collect(java.util.stream.Collectors.toSet());
            for (Path file : files.filter(f -> ours.stream().anyMatch(f.getFileName().toString()::startsWith))
                    .toList()) {
                Files.delete(file);
            }
        }
        int completed = completed(prefix, calls);
        row("real " + calls + (problems.isEmpty() ? "" : " problems: " + problems.size() + " e.g. " + problems.get(0)),
                calls, completed, calls - completed + timed.failed.get(), timed, null, used, plateau);
    }

    /** Seconds of the prompts after the visits answer, so the resident speaks once the recording starts. */
    private double toImprove() throws Exception {
        fi.kuuleva.flow.Sprint sprint = engine.start(Trigger.firstCall(Optional.of(Language.EN), Set.of()));
        for (String keys : List.of("1", "1", "4", "12")) {
            sprint = engine.resume(sprint.state(), new fi.kuuleva.flow.DigitsEntered(keys));
        }
        long millis = 0;
        for (var event : sprint.events()) {
            if (event instanceof fi.kuuleva.flow.PromptPlayed played) {
                millis += fi.kuuleva.speech.audio.WavFiles.read(promptFiles.fileFor(played.prompt(),
                        survey.settings().voice()).file()).durationMillis();
            }
        }
        return millis / 1000.0;
    }

    private CallSetup setup() {
        return new CallSetup(engine, Trigger.firstCall(Optional.of(Language.EN), Set.of()));
    }

    private int completed(String prefix, int calls) {
        int completed = 0;
        for (int i = 0; i < calls; i++) {
            CompletableFuture<SurveyEnded> ended = journal.ended(prefix + "-" + i);
            if (ended.isDone() && ended.join().outcome() == Outcome.COMPLETED) {
                completed++;
            }
        }
        return completed;
    }

    private void row(String run, int calls, int completed, int errors, TimedScript timed, Samples driver,
            Window.Result window, Plateau plateau) {
        double callSeconds = timed.sessionNanos.get() / 1e9;
        line(String.format(Locale.ROOT,
                "| %s | %d | %d | %d | %d | %.1f / %.1f (n=%d) | %s | %.3f / %.3f | %.1f / %.1f | %.0f / %.0f | %.1f | %.2f |",
                run, calls, completed, errors, timed.peak.get(), timed.keyToPrompt.percentileMillis(50),
                timed.keyToPrompt.percentileMillis(99), timed.keyToPrompt.count(),
                driver == null ? "-" : String.format(Locale.ROOT, "%.1f / %.1f (n=%d)", driver.percentileMillis(50),
                        driver.percentileMillis(99), driver.count()),
                100.0 * timed.threadCpuNanos.get() / 1e9 / callSeconds, 100.0 * window.cpuNanos() / 1e9 / callSeconds,
                timed.threadCpuNanos.get() / 1e6 / calls, window.cpuNanos() / 1e6 / calls,
                plateau.liveBytesPerCall() / 1024.0, plateau.usedBytesPerCall() / 1024.0,
                window.wallNanos() / 1e9, OS.getSystemLoadAverage()));
    }

    private void line(String line) {
        System.out.println(line);
        lines.add(line);
    }

    /** Process CPU time and wall time over a run. */
    private record Window(long cpu, long wall) {
        record Result(long cpuNanos, long wallNanos) {
        }

        static Window open() {
            return new Window(OS.getProcessCpuTime(), System.nanoTime());
        }

        Result close() {
            return new Result(OS.getProcessCpuTime() - cpu, System.nanoTime() - wall);
        }
    }

    /**
     * Heap over the plateau: the baseline after a GC before the run, then used heap sampled every 50 ms while the
     * most calls are live, and once (the first time all {@code calls} are live, or at the peak) the live heap after
     * a GC. Per live call = (figure - baseline) / live calls at that moment.
     */
    private static final class Plateau {
        private final Thread thread;
        private volatile boolean stopped;
        private final long baseline;
        private double liveSum = Double.NaN;
        private double usedSum;
        private int usedCount;

        private Plateau(TimedScript timed, int calls, java.util.function.BooleanSupplier over) {
            System.gc();
            baseline = MEMORY.getHeapMemoryUsage().getUsed();
            thread = new Thread(() -> {
                boolean measured = false;
                while (!stopped && !over.getAsBoolean()) {
                    int live = timed.active.get();
                    if (live >= Math.max(1, calls * 9 / 10)) {
                        usedSum += (double) (MEMORY.getHeapMemoryUsage().getUsed() - baseline) / live;
                        usedCount++;
                        if (!measured && live >= calls * 95 / 100) {
                            System.gc();
                            int after = timed.active.get();
                            liveSum = (double) (MEMORY.getHeapMemoryUsage().getUsed() - baseline) / Math.max(1, after);
                            measured = true;
                        }
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "plateau");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            stopped = true;
            thread.join();
        }

        double liveBytesPerCall() {
            return liveSum;
        }

        double usedBytesPerCall() {
            return usedCount == 0 ? Double.NaN : usedSum / usedCount;
        }
    }
}
