package fi.kuuleva.telephony.support;

import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.WavFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * What a simulated voicemail box (asterisk-config's {@code RESIDENT_VOICEMAIL=1}) recorded after its beep: the box
 * records from the end of its beep, so a message that started before the beep lacks its start here.
 *
 * @param quietBefore seconds from the start of the box's recording to the first sound
 * @param sounding    seconds from the first sound to the last
 */
public record VoicemailBox(double quietBefore, double sounding) {

    /** 20 ms windows louder than this count as sound (the box itself sends digital silence). */
    private static final double SOUND_DBFS = -40;

    /** The recording of the box called {@code name}, once Asterisk has closed it. */
    public static VoicemailBox recorded(String name) throws IOException {
        Path file = file(name);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> closed(file));
        Pcm audio = WavFiles.read(file);
        int window = audio.sampleRate() / 50;
        int first = -1;
        int last = -1;
        for (int at = 0; at + window <= audio.length(); at += window) {
            if (audio.slice(at, at + window).rmsDbfs() > SOUND_DBFS) {
                first = first < 0 ? at : first;
                last = at + window;
            }
        }
        double rate = audio.sampleRate();
        return first < 0 ? new VoicemailBox(audio.length() / rate, 0)
                : new VoicemailBox(first / rate, (last - first) / rate);
    }

    /** Where the box called {@code name} records. */
    public static Path file(String name) {
        return LocalAsterisk.media().resolve("recordings/voicemail-" + name + ".wav");
    }

    /** Whether the WAV file's header gives the length the file has (Asterisk writes it on closing). */
    private static boolean closed(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) < 44) {
            return false;
        }
        byte[] header = new byte[44];
        try (var in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, 44) < 44) {
                return false;
            }
        }
        long dataBytes = Integer.toUnsignedLong(ByteBuffer.wrap(header, 40, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        return dataBytes > 0 && dataBytes + 44 == Files.size(file);
    }
}
