package fi.kuuleva.speech.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.speech.audio.Loudness;
import fi.kuuleva.speech.audio.LoudnessTarget;
import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.PromptFormat;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.setup.SpeechSetupException;
import fi.kuuleva.speech.support.CountingSynthesizer;
import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.speech.tts.EspeakSynthesizer;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings.Voice;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prompts made into Asterisk files: format, level, recordings. */
class PromptFilesTest {

    private static final Prompt QUESTION = new Prompt("question/loneliness", Language.FI,
            "Oletko tuntenut itsesi yksinäiseksi viime aikoina? Vastaa kyllä tai ei.", false);

    @TempDir
    Path dir;
    private CountingSynthesizer espeak;

    @BeforeAll
    static void espeakIsInstalled() {
        Requirements.espeakNg();
    }

    @BeforeEach
    void synthesizer() {
        espeak = new CountingSynthesizer(EspeakSynthesizer.withDefaultVoices());
    }

    @Test
    void synthesizedPromptsAre8Kilohertz16BitMonoWavAtTheTargetLoudness() throws Exception {
        PromptFile file = files(PromptFormat.WAV, RecordedPrompts.none()).fileFor(QUESTION, Voice.DEFAULTS);

        AudioFormat format = AudioSystem.getAudioFileFormat(file.file().toFile()).getFormat();
        assertEquals(8000, format.getSampleRate());
        assertEquals(16, format.getSampleSizeInBits());
        assertEquals(1, format.getChannels());
        assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
        Pcm audio = WavFiles.read(file.file());
        assertTrue(audio.durationMillis() > 2500, audio.durationMillis() + " ms");
        assertEquals(-18, Loudness.integrated(audio), 0.5);
        assertTrue(audio.peak() <= 32767 * Math.pow(10, -1.0 / 20) + 1, "peak " + audio.peak());
        assertTrue(file.file().toString().endsWith(".wav"));
        assertEquals(file.file().toString().replaceAll("\\.wav$", ""), file.asteriskPath());
        assertFalse(file.recorded());
    }

    @Test
    void wideband16KilohertzFormatsOnRequest() throws IOException {
        PromptFile wav16 = files(PromptFormat.WAV16, RecordedPrompts.none()).fileFor(QUESTION, Voice.DEFAULTS);
        PromptFile sln16 = files(PromptFormat.SLN16, RecordedPrompts.none()).fileFor(QUESTION, Voice.DEFAULTS);

        assertTrue(wav16.file().toString().endsWith(".wav16"));
        assertEquals(16000, WavFiles.read(wav16.file()).sampleRate());
        assertTrue(sln16.file().toString().endsWith(".sln16"));
        assertEquals(Files.size(wav16.file()) - 44, Files.size(sln16.file()));
        assertEquals(sln16.file().toString().replaceAll("\\.sln16$", ""), sln16.asteriskPath());
    }

    @Test
    void theSlowRateForRepeatsIsSlower() throws IOException {
        PromptFiles files = files(PromptFormat.WAV, RecordedPrompts.none());

        long normal = WavFiles.read(files.fileFor(QUESTION, Voice.DEFAULTS).file()).durationMillis();
        long slow = WavFiles.read(files.fileFor(QUESTION.slower(), Voice.DEFAULTS).file()).durationMillis();

        assertTrue(slow > normal * 1.1, "slow " + slow + " ms vs normal " + normal + " ms");
    }

    @Test
    void anOfficersRecordingReplacesSynthesisAndIsConverted() throws IOException {
        Path recordings = dir.resolve("recordings");
        Path recording = recordings.resolve("fi/question/loneliness.wav");
        Files.createDirectories(recording.getParent());
        Files.write(recording, stereo44kTone(1500, 0.05));
        PromptFiles files = files(PromptFormat.WAV, new RecordedPrompts(Optional.of(recordings)));

        PromptFile file = files.fileFor(QUESTION, Voice.DEFAULTS);
        PromptFile slow = files.fileFor(QUESTION.slower(), Voice.DEFAULTS);

        assertTrue(file.recorded());
        assertEquals(file, slow);
        assertEquals(0, espeak.count());
        Pcm audio = WavFiles.read(file.file());
        assertEquals(8000, audio.sampleRate());
        assertEquals(1500 + 50 + 150, audio.durationMillis(), 30);
        assertEquals(-18, Loudness.integrated(audio), 0.5);

        Files.write(recording, stereo44kTone(800, 0.05));
        Files.setLastModifiedTime(recording, FileTime.fromMillis(System.currentTimeMillis() + 2000));
        PromptFile rerecorded = files.fileFor(QUESTION, Voice.DEFAULTS);
        assertEquals(800 + 200, WavFiles.read(rerecorded.file()).durationMillis(), 30);
    }

    @Test
    void promptsWithoutARecordingAreStillSynthesized() throws IOException {
        Path recordings = dir.resolve("recordings");
        Files.createDirectories(recordings.resolve("fi"));

        PromptFile file = files(PromptFormat.WAV, new RecordedPrompts(Optional.of(recordings)))
                .fileFor(QUESTION, Voice.DEFAULTS);

        assertFalse(file.recorded());
        assertEquals(1, espeak.count());
    }

    @Test
    void aLanguageWithoutASynthesizerIsASetupError() {
        PromptFiles finnishOnly = new PromptFiles(Map.of(Language.FI, espeak), RecordedPrompts.none(),
                new PromptCache(dir), PromptFormat.WAV, LoudnessTarget.TELEPHONE);

        SpeechSetupException e = assertThrows(SpeechSetupException.class, () -> finnishOnly.fileFor(
                new Prompt("intro", Language.SV, "Hej.", false), Voice.DEFAULTS));

        assertTrue(e.getMessage().contains("no speech synthesizer is configured for language 'sv'"), e.getMessage());
    }

    private PromptFiles files(PromptFormat format, RecordedPrompts recordings) {
        return new PromptFiles(Map.of(Language.FI, espeak, Language.SV, espeak, Language.EN, espeak), recordings,
                new PromptCache(dir.resolve("cache")), format, LoudnessTarget.TELEPHONE);
    }

    /** A 44.1 kHz stereo WAV of a quiet 300 Hz tone with a second of silence on either side. */
    private static byte[] stereo44kTone(int toneMillis, double amplitude) {
        int rate = 44100;
        int silence = rate;
        int frames = silence * 2 + toneMillis * rate / 1000;
        ByteBuffer data = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            boolean sounding = i >= silence && i < frames - silence;
            short value = sounding ? (short) (32767 * amplitude * Math.sin(2 * Math.PI * 300 * i / rate)) : 0;
            data.putShort(value).putShort(value);
        }
        ByteBuffer out = ByteBuffer.allocate(44 + data.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(36 + data.capacity()).put("WAVE".getBytes());
        out.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(rate).putInt(rate * 4)
                .putShort((short) 4).putShort((short) 16);
        out.put("data".getBytes()).putInt(data.capacity()).put(data.array());
        return out.array();
    }
}
