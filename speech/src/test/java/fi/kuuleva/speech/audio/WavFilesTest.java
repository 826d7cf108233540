package fi.kuuleva.speech.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class WavFilesTest {

    @Test
    void writesAndReadsBack16BitMono() throws IOException {
        Pcm tone = Signals.sine(400, -10, 300, 8000);

        byte[] wav = WavFiles.encode(tone);

        assertEquals(44 + tone.length() * 2, wav.length);
        assertEquals(tone, WavFiles.decode(wav));
    }

    @Test
    void mixesStereo24BitDownToMono() throws IOException {
        int frames = 100;
        ByteBuffer data = ByteBuffer.allocate(frames * 6).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            put24(data, 0x400000);
            put24(data, 0);
        }
        Pcm mono = WavFiles.decode(riff(1, 2, 44100, 24, data.array(), data.capacity()));

        assertEquals(44100, mono.sampleRate());
        assertEquals(frames, mono.length());
        assertEquals(8192, mono.samples()[10], 1);
    }

    @Test
    void readsTheUnsizedHeaderEspeakWritesToAPipe() throws IOException {
        byte[] samples = {1, 0, 2, 0, 3, 0};

        Pcm pcm = WavFiles.decode(riff(1, 1, 22050, 16, samples, 0x7FFFFFFF));

        assertEquals(3, pcm.length());
        assertEquals(3, pcm.samples()[2]);
    }

    @Test
    void rejectsCompressedWavWithTheFix() {
        IOException e = assertThrows(IOException.class,
                () -> WavFiles.decode(riff(6, 1, 8000, 8, new byte[10], 10)));

        assertEquals(true, e.getMessage().contains("convert it to 16-bit PCM WAV"), e.getMessage());
    }

    private static void put24(ByteBuffer out, int value) {
        out.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
    }

    static byte[] riff(int format, int channels, int rate, int bits, byte[] data, int declaredSize) {
        ByteBuffer out = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(36 + data.length).put("WAVE".getBytes());
        out.put("fmt ".getBytes()).putInt(16).putShort((short) format).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        out.put("data".getBytes()).putInt(declaredSize).put(data);
        return out.array();
    }
}
