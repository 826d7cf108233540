package fi.kuuleva.admin.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The service's start time (process start to the first 200 from /health, the embedded database already
 * initialized) and its resident memory at rest, for several JVM option sets side by side. Not a test: run with
 * {@code mvn -pl admin-api -am -Pbench-startup -DskipTests verify} (bench.runs, bench.rest-seconds, bench.options:
 * option sets separated by '|').
 */
public final class StartupBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        int rest = Integer.getInteger("bench.rest-seconds", 20);
        String[] optionSets = System.getProperty("bench.options", "").split("\\|");
        Path var = Path.of("target", "startup-var").toAbsolutePath();
        Files.createDirectories(var);
        System.out.printf("cores %d; %d runs per option set; memory read after %d s at rest%n",
                Runtime.getRuntime().availableProcessors(), runs, rest);
        start(var, List.of(), 0).destroy(); // initializes the embedded database
        List<List<Sample>> results = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            for (int set = 0; set < optionSets.length; set++) { // interleaved: noise hits every set alike
                if (results.size() <= set) {
                    results.add(new ArrayList<>());
                }
                results.get(set).add(sample(var, options(optionSets[set]), rest));
            }
        }
        for (int set = 0; set < optionSets.length; set++) {
            List<Sample> samples = results.get(set);
            System.out.printf("options [%s]: start median %.2f s (min %.2f, max %.2f); RSS at rest median %.0f MB"
                            + " (JVM only; the embedded PostgreSQL's processes are apart)%n", optionSets[set].trim(),
                    median(samples.stream().mapToDouble(Sample::startSeconds).toArray()),
                    samples.stream().mapToDouble(Sample::startSeconds).min().orElse(0),
                    samples.stream().mapToDouble(Sample::startSeconds).max().orElse(0),
                    median(samples.stream().mapToDouble(Sample::rssMegabytes).toArray()));
        }
    }

    private record Sample(double startSeconds, double rssMegabytes) {
    }

    private static Sample sample(Path var, List<String> options, int rest) throws Exception {
        long began = System.nanoTime();
        Started started = start(var, options, rest);
        double seconds = (started.upAt() - began) / 1e9;
        double rss = started.rssMegabytes();
        started.destroy();
        System.out.printf("  %s: %.2f s, %.0f MB%n", options, seconds, rss);
        return new Sample(seconds, rss);
    }

    private record Started(Process process, long upAt, double rssMegabytes) {
        void destroy() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    private static Started start(Path var, List<String> options, int rest) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "fi.kuuleva.admin.Application"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(var.resolve("service.log").toFile());
        builder.environment().put("KUULEVA_VAR_DIR", var.toString());
        builder.environment().put("KUULEVA_HTTP_PORT", String.valueOf(port));
        builder.environment().put("KUULEVA_DISPATCHER", "false");
        Process process = builder.start();
        URI health = URI.create("http://127.0.0.1:" + port + "/health");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the service did not start; see " + var.resolve("service.log"));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        long upAt = System.nanoTime();
        Thread.sleep(rest * 1000L);
        return new Started(process, upAt, rss(process.pid()));
    }

    private static double rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static List<String> options(String set) {
        return set.isBlank() ? List.of() : Arrays.asList(set.trim().split("\\s+"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
