package fi.kuuleva.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the service as a child process (its own JVM, the test's classpath, {@code fi.kuuleva.admin.Application})
 * with its output in {@code target/<name>.log}: stopped as an operator stops it ({@link #stop()}: SIGTERM) or killed
 * ({@link #kill()}: SIGKILL). Not thread-safe; one test thread drives it.
 */
final class ServiceProcess {

    private final String instanceId;
    private final Path log;
    private final Process process;

    private ServiceProcess(String instanceId, Path log, Process process) {
        this.instanceId = instanceId;
        this.log = log;
        this.process = process;
    }

    /** Starts instance {@code instanceId} with {@code properties} (as -D), FastAGI on a free port, no HTTP port. */
    static ServiceProcess start(String instanceId, Map<String, String> properties) throws IOException {
        Map<String, String> all = new TreeMap<>(properties);
        all.put("micronaut.server.port", "-1");
        all.put("kuuleva.dispatcher.instance-id", instanceId);
        all.put("kuuleva.telephony.agi-port", Integer.toString(freePort()));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path")));
        all.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("fi.kuuleva.admin.Application");
        Path log = Path.of("target", instanceId + ".log").toAbsolutePath();
        Files.deleteIfExists(log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        return new ServiceProcess(instanceId, log, process);
    }

    String instanceId() {
        return instanceId;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Whether the service finished starting (Micronaut's "Startup completed" line). */
    boolean started() {
        return log().contains("Startup completed");
    }

    /** SIGTERM: the service stops cleanly (its shutdown hook); waits up to {@code within} and returns the exit code. */
    int stop(Duration within) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(instanceId + " still runs " + within + " after SIGTERM; see " + log);
        }
        return process.exitValue();
    }

    /** SIGKILL: the process ends at once, without running anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError(instanceId + " survived SIGKILL");
        }
    }

    /** The process's output so far. */
    String log() {
        try {
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path logFile() {
        return log;
    }

    @Override
    public String toString() {
        return instanceId + (alive() ? " (running)" : " (ended)") + ", log " + log;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
