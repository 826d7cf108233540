package fi.kuuleva.speech.audio;

/**
 * Band-limited sample-rate conversion by a Blackman-windowed sinc, for any pair of rates. The low-pass cut-off sits at
 * 90% of the lower Nyquist frequency, so 22 050 Hz speech taken to 8 kHz keeps 0-3.6 kHz, the telephone band.
 * Stateless and thread-safe; {@link Stream} carries the history for chunked input and is for one thread.
 */
public final class Resampler {

    private static final int ZERO_CROSSINGS = 16;
    private static final int TABLE_STEPS = 512;
    private static final double ROLLOFF = 0.9;

    private final int fromRate;
    private final int toRate;
    private final double step;
    private final double scale;
    private final double halfWidth;
    private final double[] kernel;
    /** Output position m sits at input m * num / den; per phase (m * num mod den) the taps, when den is small. */
    private final long num;
    private final long den;
    private final int reach;
    private final double[][] phases;

    public Resampler(int fromRate, int toRate) {
        this.fromRate = fromRate;
        this.toRate = toRate;
        this.step = (double) fromRate / toRate;
        double cutoff = 0.5 * Math.min(1.0, (double) toRate / fromRate) * ROLLOFF;
        this.scale = 2 * cutoff;
        this.halfWidth = ZERO_CROSSINGS / (2 * cutoff);
        int size = (int) Math.ceil(halfWidth * TABLE_STEPS) + 2;
        this.kernel = new double[size];
        for (int i = 0; i < size; i++) {
            double d = (double) i / TABLE_STEPS;
            kernel[i] = d >= halfWidth ? 0 : scale * sinc(scale * d) * blackman(d / halfWidth);
        }
        long gcd = java.math.BigInteger.valueOf(fromRate).gcd(java.math.BigInteger.valueOf(toRate)).longValue();
        this.num = fromRate / gcd;
        this.den = toRate / gcd;
        this.reach = (int) Math.ceil(halfWidth);
        this.phases = den <= 1024 ? polyphase() : null;
    }

    /** The exact taps for each of the {@code den} output phases: a dot product per output sample, no lookups. */
    private double[][] polyphase() {
        double[][] taps = new double[(int) den][2 * reach + 1];
        for (int phase = 0; phase < den; phase++) {
            double fraction = (double) phase / den;
            for (int j = 0; j <= 2 * reach; j++) {
                double distance = fraction - (j - reach);
                taps[phase][j] = Math.abs(distance) >= halfWidth ? 0
                        : scale * sinc(scale * distance) * blackman(distance / halfWidth);
            }
        }
        return taps;
    }

    /** {@code pcm} at {@code toRate}; returned as is when the rates already agree. */
    public static Pcm convert(Pcm pcm, int toRate) {
        if (pcm.sampleRate() == toRate) {
            return pcm;
        }
        Stream stream = new Resampler(pcm.sampleRate(), toRate).stream();
        short[] head = stream.accept(pcm.samples());
        short[] tail = stream.finish();
        short[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return new Pcm(all, toRate);
    }

    public Stream stream() {
        return new Stream();
    }

    private double tap(double distance) {
        double position = Math.abs(distance) * TABLE_STEPS;
        int index = (int) position;
        if (index + 1 >= kernel.length) {
            return 0;
        }
        double fraction = position - index;
        return kernel[index] + (kernel[index + 1] - kernel[index]) * fraction;
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    private static double blackman(double x) {
        double t = Math.PI * (x + 1);
        return 0.42 - 0.5 * Math.cos(t) + 0.08 * Math.cos(2 * t);
    }

    /** Converts audio that arrives in chunks; the output lags the input by the filter's half width. */
    public final class Stream {
        private short[] buffer = new short[0];
        private long bufferStart;
        private long produced;
        private long received;

        /** The output samples that the input so far determines. */
        public short[] accept(short[] chunk) {
            short[] joined = java.util.Arrays.copyOf(buffer, buffer.length + chunk.length);
            System.arraycopy(chunk, 0, joined, buffer.length, chunk.length);
            buffer = joined;
            received += chunk.length;
            long count = 0;
            while ((produced + count) * step + halfWidth <= received - 1) {
                count++;
            }
            return drainCount(count);
        }

        /** The remaining output, as if the input ended in silence. */
        public short[] finish() {
            long total = (long) Math.floor((double) received * toRate / fromRate);
            return drainCount(Math.max(0, total - produced));
        }

        private double polyphaseSample(long m) {
            long position = m * num;
            long base = position / den;
            double[] taps = phases[(int) (position % den)];
            double sum = 0;
            long first = base - reach;
            int from = (int) Math.max(0, bufferStart - first);
            int to = (int) Math.min(taps.length, bufferStart + buffer.length - first);
            int offset = (int) (first - bufferStart);
            for (int j = from; j < to; j++) {
                sum += buffer[offset + j] * taps[j];
            }
            return sum;
        }

        private short[] drainCount(long count) {
            short[] out = new short[(int) count];
            for (int n = 0; n < count; n++) {
                if (phases != null) {
                    out[n] = clip(polyphaseSample(produced + n));
                    continue;
                }
                double center = (produced + n) * step;
                long first = (long) Math.ceil(center - halfWidth);
                long last = (long) Math.floor(center + halfWidth);
                double sum = 0;
                for (long k = Math.max(first, bufferStart); k <= last && k < bufferStart + buffer.length; k++) {
                    sum += buffer[(int) (k - bufferStart)] * tap(center - k);
                }
                out[n] = clip(sum);
            }
            produced += count;
            long keepFrom = (long) Math.floor(produced * step - halfWidth) - 1;
            if (keepFrom > bufferStart) {
                int drop = (int) Math.min(buffer.length, keepFrom - bufferStart);
                buffer = java.util.Arrays.copyOfRange(buffer, drop, buffer.length);
                bufferStart += drop;
            }
            return out;
        }
    }

    static short clip(double value) {
        long rounded = Math.round(value);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
    }
}
