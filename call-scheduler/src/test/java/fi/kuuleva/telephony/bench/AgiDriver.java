package fi.kuuleva.telephony.bench;

import fi.kuuleva.campaign.attempts.AttemptKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Acts as Asterisk at the FastAGI protocol level: one thread and one TCP connection per simulated call, sends the
 * AGI environment, answers every command the script sends with what Asterisk would reply, and sleeps for a think
 * time first (a prompt's duration scaled down, a resident's key delay). Measures, per call, the time from writing
 * the reply that carries a key to reading the next STREAM FILE, as Asterisk would see it.
 */
final class AgiDriver {

    /** Keys the resident gives to successive WAIT FOR DIGIT commands: consent, safe, rating, visits 12#. */
    private static final List<Character> KEYS = List.of('1', '1', '4', '1', '2', '#');

    final Samples keyToPrompt = new Samples();
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    final AtomicInteger unexpected = new AtomicInteger();
    private final Function<String, AttemptKey> keys;
    private final int port;
    private final double promptScale;
    private final int keyDelayMillis;
    private final Path recordingTemplate;
    private final Map<String, Long> promptMillis = new ConcurrentHashMap<>();

    AgiDriver(Function<String, AttemptKey> keys, int port, double promptScale, int keyDelayMillis,
              Path recordingTemplate) {
        this.keys = keys;
        this.port = port;
        this.promptScale = promptScale;
        this.keyDelayMillis = keyDelayMillis;
        this.recordingTemplate = recordingTemplate;
    }

    /** Starts {@code calls} sessions spread over {@code rampMillis}; returns a latch that opens when all ended. */
    CountDownLatch start(String prefix, int calls, int rampMillis) {
        CountDownLatch done = new CountDownLatch(calls);
        for (int i = 0; i < calls; i++) {
            String attempt = prefix + "-" + i;
            long delay = calls > 1 ? (long) rampMillis * i / (calls - 1) : 0;
            Thread thread = new Thread(null, () -> {
                try {
                    sleep(delay);
                    session(attempt);
                    completed.incrementAndGet();
                } catch (Exception e) {
                    errors.incrementAndGet();
                    if (errorSamples.size() < 5) {
                        errorSamples.add(attempt + ": " + e);
                    }
                } finally {
                    done.countDown();
                }
            }, "driver-" + attempt, 256 * 1024);
            thread.setDaemon(true);
            thread.start();
        }
        return done;
    }

    private void session(String attempt) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            socket.setTcpNoDelay(true);
            InputStream in = new java.io.BufferedInputStream(socket.getInputStream(), 512);
            OutputStream out = socket.getOutputStream();
            String script = "survey?attempt=" + attempt + "&survey=puhelutesti&lang=en&amd=HUMAN&amdcause=HUMAN-1004-1000";
            write(out, "agi_network: yes\n"
                    + "agi_network_script: " + script + "\n"
                    + "agi_request: agi://127.0.0.1:" + port + "/" + script + "\n"
                    + "agi_channel: Local/" + attempt + "@simulated-residents-00000001;1\n"
                    + "agi_language: en\nagi_type: Local\n"
                    + "agi_uniqueid: kuuleva-" + attempt + "\n"
                    + "agi_version: 22.10.1\nagi_callerid: 0100000000\nagi_calleridname: Kuuleva test\n"
                    + "agi_callingpres: 0\nagi_callingani2: 0\nagi_callington: 0\nagi_callingtns: 0\n"
                    + "agi_dnid: unknown\nagi_rdnis: unknown\nagi_context: kuuleva-outbound\nagi_extension: s\n"
                    + "agi_priority: 5\nagi_enhanced: 0.0\nagi_accountcode: \nagi_threadid: 1\n\n");
            Deque<Character> keys = new ArrayDeque<>(KEYS);
            long keySentAt = 0;
            String command;
            while ((command = readLine(in)) != null) {
                if (command.startsWith("STREAM FILE") && keySentAt != 0) {
                    keyToPrompt.add(System.nanoTime() - keySentAt);
                }
                keySentAt = 0;
                String reply;
                if (command.startsWith("GET VARIABLE")) {
                    reply = variable(command.substring("GET VARIABLE".length()).trim(), attempt);
                } else if (command.startsWith("STREAM FILE")) {
                    sleep(Math.round(promptMillis(firstArgument(command)) * promptScale));
                    reply = "200 result=0 endpos=8000";
                } else if (command.startsWith("WAIT FOR DIGIT")) {
                    sleep(keyDelayMillis);
                    Character key = keys.poll();
                    reply = key == null ? "200 result=0" : "200 result=" + (int) key;
                    keySentAt = key == null ? 0 : -1;
                } else if (command.startsWith("RECORD FILE")) {
                    Path file = Path.of(firstArgument(command) + ".wav");
                    Files.copy(recordingTemplate, file, StandardCopyOption.REPLACE_EXISTING);
                    sleep(keyDelayMillis * 2L);
                    reply = "200 result=0 (timeout) endpos=29000";
                } else if (command.startsWith("HANGUP")) {
                    reply = "200 result=1";
                } else {
                    if (!command.startsWith("SET VARIABLE")) {
                        unexpected.incrementAndGet();
                    }
                    reply = "200 result=1";
                }
                write(out, reply + "\n");
                if (keySentAt == -1) {
                    keySentAt = System.nanoTime();
                }
            }
        }
    }

    private String variable(String name, String attempt) {
        return switch (name.replace("\"", "")) {
            case "KUULEVA_ATTEMPT" -> "200 result=1 (" + keys.apply(attempt).text() + ")";
            case "KUULEVA_LANG" -> "200 result=1 (en)";
            case "KUULEVA_SURVEY" -> "200 result=1 (puhelutesti)";
            case "AMDSTATUS" -> "200 result=1 (HUMAN)";
            case "AMDCAUSE" -> "200 result=1 (HUMAN-1004-1000)";
            default -> "200 result=0";
        };
    }

    /** A prompt's length from its 8 kHz 16-bit WAV, cached. */
    private long promptMillis(String file) {
        return promptMillis.computeIfAbsent(file, f -> {
            try {
                return Math.max(0, Files.size(Path.of(f + ".wav")) - 44) * 1000 / 16000;
            } catch (IOException e) {
                return 1000L;
            }
        });
    }

    /** The first argument of an Asterisk-Java command line, which quotes its string arguments. */
    private static String firstArgument(String command) {
        int open = command.indexOf('"');
        return command.substring(open + 1, command.indexOf('"', open + 1));
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        return c == -1 && line.length() == 0 ? null : line.toString();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
