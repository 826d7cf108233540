package fi.kuuleva.speech.audio;

import java.util.Arrays;

/**
 * Mono 16-bit linear PCM at one sample rate: the one in-memory audio shape of this module. Immutable by convention:
 * no method here changes {@code samples}; callers must not either once a {@code Pcm} is shared.
 */
public record Pcm(short[] samples, int sampleRate) {

    public Pcm {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
    }

    public static Pcm silence(int millis, int sampleRate) {
        return new Pcm(new short[(int) ((long) millis * sampleRate / 1000)], sampleRate);
    }

    public int length() {
        return samples.length;
    }

    public long durationMillis() {
        return samples.length * 1000L / sampleRate;
    }

    /** The largest absolute sample value, 0..32768. */
    public int peak() {
        int peak = 0;
        for (short sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }

    /** Root mean square level in dB relative to full scale; {@code -Infinity} for digital silence. */
    public double rmsDbfs() {
        double sum = 0;
        for (short sample : samples) {
            sum += (double) sample * sample;
        }
        double rms = Math.sqrt(sum / Math.max(1, samples.length)) / 32768.0;
        return 20 * Math.log10(rms);
    }

    public Pcm slice(int from, int to) {
        return new Pcm(Arrays.copyOfRange(samples, from, to), sampleRate);
    }

    /** This audio followed by {@code other}, which must have the same sample rate. */
    public Pcm append(Pcm other) {
        if (other.sampleRate != sampleRate) {
            throw new IllegalArgumentException("cannot join " + sampleRate + " Hz and " + other.sampleRate + " Hz");
        }
        short[] joined = Arrays.copyOf(samples, samples.length + other.samples.length);
        System.arraycopy(other.samples, 0, joined, samples.length, other.samples.length);
        return new Pcm(joined, sampleRate);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pcm pcm && pcm.sampleRate == sampleRate && Arrays.equals(pcm.samples, samples);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(samples) + sampleRate;
    }

    @Override
    public String toString() {
        return "Pcm[" + samples.length + " samples at " + sampleRate + " Hz]";
    }
}
