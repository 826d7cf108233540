package fi.kuuleva.speech.audio;

import java.util.Locale;

/**
 * The file formats Asterisk plays without transcoding on a narrowband or wideband channel. The extension is what
 * Asterisk's format modules recognize; Asterisk itself is given the path without it.
 */
public enum PromptFormat {
    /** 8 kHz 16-bit mono WAV ({@code format_wav}): the default, right for G.711 calls. */
    WAV(8000, "wav", true),
    /** 16 kHz 16-bit mono WAV ({@code format_wav}, wideband). */
    WAV16(16000, "wav16", true),
    /** 8 kHz signed linear, no header ({@code format_sln}). */
    SLN(8000, "sln", false),
    /** 16 kHz signed linear, no header ({@code format_sln}). */
    SLN16(16000, "sln16", false);

    private final int sampleRate;
    private final String extension;
    private final boolean header;

    PromptFormat(int sampleRate, String extension, boolean header) {
        this.sampleRate = sampleRate;
        this.extension = extension;
        this.header = header;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public String extension() {
        return extension;
    }

    /** The file's bytes for audio already at {@link #sampleRate()}. */
    public byte[] encode(Pcm pcm) {
        if (pcm.sampleRate() != sampleRate) {
            throw new IllegalArgumentException(this + " needs " + sampleRate + " Hz audio, got " + pcm.sampleRate());
        }
        return header ? WavFiles.encode(pcm) : WavFiles.encodeRaw(pcm);
    }

    /** Parses {@code wav}, {@code wav16}, {@code sln} or {@code sln16}. */
    public static PromptFormat fromExtension(String name) {
        for (PromptFormat format : values()) {
            if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a prompt format (use wav, wav16, sln or sln16)");
    }
}
