package fi.kuuleva.telephony.agi;

import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.WavFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Measures a recording (read with the speech module's WAV reader): its length and whether it holds more than line noise. */
final class WavLevel {

    /** RMS level below which a recording counts as silence: RMS 160 of full scale 32768, about -46 dBFS. */
    static final double SILENCE_DBFS = 20 * Math.log10(160 / 32768.0);

    private WavLevel() {
    }

    record Level(double seconds, double rmsDbfs) {
        boolean silent() {
            return rmsDbfs < SILENCE_DBFS;
        }
    }

    static Level of(Path wav) throws IOException {
        if (!Files.exists(wav)) {
            return new Level(0, Double.NEGATIVE_INFINITY);
        }
        Pcm audio = WavFiles.read(wav);
        return new Level(audio.durationMillis() / 1000.0, audio.length() == 0 ? Double.NEGATIVE_INFINITY
                : audio.rmsDbfs());
    }
}
