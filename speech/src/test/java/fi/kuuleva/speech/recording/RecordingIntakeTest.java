package fi.kuuleva.speech.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.tts.EspeakSynthesizer;
import fi.kuuleva.speech.tts.SpeechRequest;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploaded recordings through the real sox: decoded whatever their format, refused with a reason when unusable. */
class RecordingIntakeTest {

    private static final String TEXT = "Asutteko yksin?";
    private static Pcm speech;

    @BeforeAll
    static void speak() throws IOException {
        speech = EspeakSynthesizer.withDefaultVoices().synthesize(new SpeechRequest(TEXT, Language.FI, 140, 400));
    }

    @Test
    void aWavAndAnOggRecordingAreDecodedTo16KhzMonoAndPass(@TempDir Path dir) throws Exception {
        Pcm wav = new SoxDecoder().decode(WavFiles.encode(speech));
        assertEquals(SoxDecoder.SAMPLE_RATE, wav.sampleRate());
        RecordingCheck.check(wav, TEXT, Language.FI);

        Path source = Files.write(dir.resolve("in.wav"), WavFiles.encode(speech));
        Path ogg = dir.resolve("in.ogg");
        Process sox = new ProcessBuilder("sox", source.toString(), ogg.toString()).inheritIO().start();
        assertEquals(0, sox.waitFor());
        Pcm vorbis = new SoxDecoder().decode(Files.readAllBytes(ogg));
        assertEquals(SoxDecoder.SAMPLE_RATE, vorbis.sampleRate());
        RecordingCheck.check(vorbis, TEXT, Language.FI);
        assertTrue(Math.abs(vorbis.durationMillis() - wav.durationMillis()) < 100, "the same length");
    }

    @Test
    void whatIsNotAudioIsRefused() {
        RefusedRecording refused = assertThrows(RefusedRecording.class,
                () -> new SoxDecoder().decode("Asutteko yksin?".getBytes()));
        assertTrue(refused.getMessage().startsWith("not audio"), refused.getMessage());
        byte[] broken = "RIFF\0\0\0\0WAVEfmt garbage garbage".getBytes();
        assertTrue(assertThrows(RefusedRecording.class, () -> new SoxDecoder().decode(broken)).getMessage()
                .contains("not readable audio"));
    }

    @Test
    void silentClippedAndTooLongRecordingsAreRefusedWithTheirReason() {
        Pcm silence = new Pcm(new short[16000 * 2], 16000);
        assertTrue(refusal(silence, TEXT).startsWith("silent"));

        short[] loud = speech.samples().clone();
        for (int i = 0; i < loud.length; i++) {
            loud[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, loud[i] * 40));
        }
        assertTrue(refusal(new Pcm(loud, speech.sampleRate()), TEXT).startsWith("clipped"));

        short[] repeated = new short[speech.samples().length * 6];
        for (int i = 0; i < 6; i++) {
            System.arraycopy(speech.samples(), 0, repeated, i * speech.samples().length, speech.samples().length);
        }
        String tooLong = refusal(new Pcm(repeated, speech.sampleRate()), TEXT);
        assertTrue(tooLong.startsWith("too long for its text"), tooLong);
    }

    private static String refusal(Pcm pcm, String text) {
        return assertThrows(RefusedRecording.class, () -> RecordingCheck.check(pcm, text, Language.FI)).getMessage();
    }
}
