package fi.kuuleva.telephony.agi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Measures a recorded 16-bit PCM WAV: its length and whether anything louder than line noise is in it. */
final class WavLevel {

    /** RMS (of full scale 32768) below which a recording counts as silence: about -46 dBFS. */
    static final double SILENCE_RMS = 160;

    private WavLevel() {
    }

    record Level(double seconds, double rms) {
        boolean silent() {
            return rms < SILENCE_RMS;
        }
    }

    static Level of(Path wav) throws IOException {
        if (!Files.exists(wav)) {
            return new Level(0, 0);
        }
        byte[] bytes = Files.readAllBytes(wav);
        int dataStart = 44;
        int sampleRate = 8000;
        if (bytes.length >= 44 && bytes[0] == 'R' && bytes[1] == 'I') {
            ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            sampleRate = header.getInt(24);
            for (int at = 12; at + 8 <= bytes.length; ) {
                int size = header.getInt(at + 4);
                if (bytes[at] == 'd' && bytes[at + 1] == 'a' && bytes[at + 2] == 't' && bytes[at + 3] == 'a') {
                    dataStart = at + 8;
                    break;
                }
                at += 8 + size + (size & 1);
            }
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, Math.max(0, bytes.length - dataStart))
                .order(ByteOrder.LITTLE_ENDIAN);
        long samples = 0;
        double sum = 0;
        while (data.remaining() >= 2) {
            short sample = data.getShort();
            sum += (double) sample * sample;
            samples++;
        }
        return new Level(samples / (double) sampleRate, samples == 0 ? 0 : Math.sqrt(sum / samples));
    }
}
