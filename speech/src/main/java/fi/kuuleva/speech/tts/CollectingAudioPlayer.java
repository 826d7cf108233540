package fi.kuuleva.speech.tts;

import com.sun.speech.freetts.audio.AudioPlayer;
import fi.kuuleva.speech.audio.Pcm;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;

/** A FreeTTS audio "player" that keeps the samples instead of playing them. For one utterance on one thread. */
final class CollectingAudioPlayer implements AudioPlayer {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private AudioFormat format = new AudioFormat(16000, 16, 1, true, true);

    Pcm pcm() {
        byte[] data = bytes.toByteArray();
        ByteOrder order = format.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        short[] samples = new short[data.length / 2];
        ByteBuffer.wrap(data).order(order).asShortBuffer().get(samples);
        return new Pcm(samples, Math.round(format.getSampleRate()));
    }

    @Override
    public void setAudioFormat(AudioFormat format) {
        if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1) {
            throw new IllegalArgumentException("FreeTTS format not 16-bit mono: " + format);
        }
        this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public boolean write(byte[] audio) {
        return write(audio, 0, audio.length);
    }

    @Override
    public boolean write(byte[] audio, int offset, int size) {
        bytes.write(audio, offset, size);
        return true;
    }

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void reset() {
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void begin(int size) {
    }

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public void cancel() {
    }

    @Override
    public void close() {
    }

    @Override
    public float getVolume() {
        return 1;
    }

    @Override
    public void setVolume(float volume) {
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
    }

    @Override
    public void startFirstSampleTimer() {
    }

    @Override
    public void showMetrics() {
    }
}
