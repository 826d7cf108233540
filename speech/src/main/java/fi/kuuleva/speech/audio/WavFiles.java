package fi.kuuleva.speech.audio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Reads RIFF WAV (8/16/24/32-bit integer or 32-bit float PCM, any channels, any rate, including the unsized
 * header espeak-ng writes to a pipe) and, through Java Sound, AIFF and AU; writes 16-bit mono WAV. Channels are
 * mixed down to mono. Stateless and thread-safe.
 */
public final class WavFiles {

    private static final int PCM = 1;
    private static final int FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;

    private WavFiles() {
    }

    public static Pcm read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return decode(bytes);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Decodes a whole audio file held in memory. */
    public static Pcm decode(byte[] bytes) throws IOException {
        if (bytes.length >= 12 && tag(bytes, 0).equals("RIFF") && tag(bytes, 8).equals("WAVE")) {
            return decodeRiff(bytes);
        }
        return decodeWithJavaSound(bytes);
    }

    /** A 44-byte-header 16-bit mono WAV file of {@code pcm}. */
    public static byte[] encode(Pcm pcm) {
        int dataSize = pcm.length() * 2;
        ByteBuffer out = ByteBuffer.allocate(44 + dataSize).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt(36 + dataSize).put(ascii("WAVE"));
        out.put(ascii("fmt ")).putInt(16).putShort((short) PCM).putShort((short) 1)
                .putInt(pcm.sampleRate()).putInt(pcm.sampleRate() * 2).putShort((short) 2).putShort((short) 16);
        out.put(ascii("data")).putInt(dataSize);
        for (short sample : pcm.samples()) {
            out.putShort(sample);
        }
        return out.array();
    }

    /** The samples as headerless signed 16-bit little-endian, as Asterisk's {@code .sln} formats are. */
    public static byte[] encodeRaw(Pcm pcm) {
        ByteBuffer out = ByteBuffer.allocate(pcm.length() * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : pcm.samples()) {
            out.putShort(sample);
        }
        return out.array();
    }

    /** Signed 16-bit little-endian mono bytes as samples; an odd last byte is dropped. */
    public static short[] samples(byte[] pcm16le, int length) {
        short[] samples = new short[length / 2];
        ByteBuffer.wrap(pcm16le, 0, length - length % 2).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    private static Pcm decodeRiff(byte[] bytes) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int position = 12;
        int format = -1;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        while (position + 8 <= bytes.length) {
            String id = tag(bytes, position);
            long size = in.getInt(position + 4) & 0xFFFFFFFFL;
            int body = position + 8;
            if (id.equals("fmt ")) {
                format = in.getShort(body) & 0xFFFF;
                channels = in.getShort(body + 2);
                rate = in.getInt(body + 4);
                bits = in.getShort(body + 14);
                if (format == EXTENSIBLE && size >= 26) {
                    format = in.getShort(body + 24) & 0xFFFF;
                }
            } else if (id.equals("data")) {
                if (format < 0) {
                    throw new IOException("WAV data chunk before its fmt chunk");
                }
                int length = (int) Math.min(size, bytes.length - body);
                return toMono(in, body, length, format, channels, rate, bits);
            }
            position = (int) Math.min(bytes.length, body + size + (size & 1));
        }
        throw new IOException("WAV file without a data chunk");
    }

    private static Pcm toMono(ByteBuffer in, int offset, int length, int format, int channels, int rate, int bits)
            throws IOException {
        boolean supported = (format == PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32))
                || (format == FLOAT && bits == 32);
        if (!supported || channels < 1 || rate <= 0) {
            throw new IOException("unsupported WAV encoding (format " + format + ", " + bits + " bits, " + channels
                    + " channels): convert it to 16-bit PCM WAV");
        }
        int frameSize = bits / 8 * channels;
        int frames = length / frameSize;
        short[] samples = new short[frames];
        for (int frame = 0; frame < frames; frame++) {
            double sum = 0;
            for (int channel = 0; channel < channels; channel++) {
                sum += sample(in, offset + frame * frameSize + channel * bits / 8, format, bits);
            }
            samples[frame] = Resampler.clip(sum / channels * 32768.0);
        }
        return new Pcm(samples, rate);
    }

    /** One sample scaled to -1..1. */
    private static double sample(ByteBuffer in, int at, int format, int bits) {
        if (format == FLOAT) {
            return in.getFloat(at);
        }
        return switch (bits) {
            case 8 -> ((in.get(at) & 0xFF) - 128) / 128.0;
            case 16 -> in.getShort(at) / 32768.0;
            case 24 -> ((in.get(at) & 0xFF) | (in.get(at + 1) & 0xFF) << 8 | in.get(at + 2) << 16) / 8388608.0;
            default -> in.getInt(at) / 2147483648.0;
        };
    }

    private static Pcm decodeWithJavaSound(byte[] bytes) throws IOException {
        try (AudioInputStream source = AudioSystem.getAudioInputStream(new ByteArrayInputStream(bytes))) {
            AudioFormat from = source.getFormat();
            AudioFormat target = new AudioFormat(from.getSampleRate(), 16, from.getChannels(), true, false);
            try (AudioInputStream converted = AudioSystem.getAudioInputStream(target, source)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                converted.transferTo(out);
                byte[] data = out.toByteArray();
                return toMono(ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN), 0, data.length, PCM,
                        from.getChannels(), Math.round(from.getSampleRate()), 16);
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new IOException("not a readable audio file (use 16-bit PCM WAV): " + e.getMessage(), e);
        }
    }

    private static String tag(byte[] bytes, int at) {
        return at + 4 <= bytes.length ? new String(bytes, at, 4, java.nio.charset.StandardCharsets.US_ASCII) : "";
    }

    private static byte[] ascii(String tag) {
        return tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
