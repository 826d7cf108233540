package fi.kuuleva.speech.recording;

import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.WavFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Decodes an uploaded recording with sox into 16 kHz 16-bit mono PCM (several channels are mixed): WAV, OGG/Vorbis
 * and FLAC, and MP3 where sox has its MP3 format (Debian: libsox-fmt-mp3). The format is told by the file's first
 * bytes, never by its name. Stateless; thread-safe (each call works in a temporary folder of its own).
 */
public final class SoxDecoder {

    /** The rate recordings are kept at: enough for wideband prompts, converted down for 8 kHz calls. */
    public static final int SAMPLE_RATE = 16000;
    private static final long TIMEOUT_SECONDS = 30;

    private final String sox;

    public SoxDecoder(String sox) {
        this.sox = sox;
    }

    public SoxDecoder() {
        this("sox");
    }

    public Pcm decode(byte[] upload) throws RefusedRecording, IOException {
        String type = type(upload);
        Path dir = Files.createTempDirectory("kuuleva-recording");
        try {
            Path in = Files.write(dir.resolve("upload." + type), upload);
            Path out = dir.resolve("decoded.wav");
            Process process = new ProcessBuilder(List.of(sox, "-V1", in.toString(), "-t", "wav", "-r",
                    String.valueOf(SAMPLE_RATE), "-c", "1", "-b", "16", "-e", "signed-integer", out.toString()))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new RefusedRecording("the recording took sox over " + TIMEOUT_SECONDS + " s to read");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
                if (type.equals("mp3") && output.contains("no handler")) {
                    throw new RefusedRecording("MP3 cannot be read on this server (install libsox-fmt-mp3);"
                            + " upload WAV, OGG or FLAC");
                }
                throw new RefusedRecording("the file looks like " + type.toUpperCase(java.util.Locale.ROOT)
                        + " but is not readable audio (" + output + ")");
            }
            return WavFiles.read(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while decoding a recording", e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("Cannot run program")) {
                throw new IOException("sox is not installed (apt-get install sox): " + e.getMessage(), e);
            }
            throw e;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The format the file's first bytes name; anything else is refused as not audio. */
    static String type(byte[] bytes) throws RefusedRecording {
        if (starts(bytes, "RIFF") && bytes.length >= 12 && new String(bytes, 8, 4, StandardCharsets.US_ASCII)
                .equals("WAVE")) {
            return "wav";
        }
        if (starts(bytes, "OggS")) {
            return "ogg";
        }
        if (starts(bytes, "fLaC")) {
            return "flac";
        }
        if (starts(bytes, "ID3") || bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0) {
            return "mp3";
        }
        throw new RefusedRecording("not audio: upload a WAV, OGG, FLAC or MP3 recording");
    }

    private static boolean starts(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
