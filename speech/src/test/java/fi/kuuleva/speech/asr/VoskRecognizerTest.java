package fi.kuuleva.speech.asr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.SpeechGrammar;
import fi.kuuleva.flow.SpeechRecognized;
import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.Resampler;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.speech.support.SpokenCorpus;
import fi.kuuleva.speech.tts.EspeakSynthesizer;
import fi.kuuleva.speech.tts.SpeechRequest;
import fi.kuuleva.survey.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Vosk recognizer with the real English model, on the inputs the telephony side has. */
class VoskRecognizerTest {

    private static Recognizer recognizer;
    private static Pcm yesOnPhone;

    @BeforeAll
    static void load() throws IOException {
        Requirements.espeakNg();
        recognizer = EnglishModel.recognizer();
        EspeakSynthesizer espeak = new EspeakSynthesizer("espeak-ng", Map.of(Language.EN, "en-us"));
        yesOnPhone = SpokenCorpus.onPhone(espeak.synthesize(new SpeechRequest("yes", Language.EN, 140, 300)));
    }

    @Test
    void recognizesTheWavFileAsteriskRecords(@TempDir Path dir) throws IOException {
        Path wav = dir.resolve("answer.wav");
        Files.write(wav, WavFiles.encode(yesOnPhone));

        SpeechRecognized result = recognizer.recognize(wav, SpokenCorpus.YES_NO);

        assertEquals("yes", SpokenCorpus.YES_NO.match(result.text()).orElseThrow(), result.toString());
        assertTrue(result.confidence() >= 0.75, result.toString());
    }

    @Test
    void recognizesAStreamReadInOddSizedPieces() throws IOException {
        byte[] pcm = Arrays.copyOfRange(WavFiles.encode(yesOnPhone), 44, 44 + yesOnPhone.length() * 2);
        ByteArrayInputStream stream = new ByteArrayInputStream(pcm) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 333));
            }
        };

        SpeechRecognized result = recognizer.recognize(stream, 8000, SpokenCorpus.YES_NO);

        assertEquals(recognizer.recognize(yesOnPhone, SpokenCorpus.YES_NO), result);
    }

    @Test
    void wideband16KilohertzWorksToo() throws IOException {
        SpeechRecognized result = recognizer.recognize(Resampler.convert(yesOnPhone, 16000), SpokenCorpus.YES_NO);

        assertEquals("yes", SpokenCorpus.YES_NO.match(result.text()).orElseThrow(), result.toString());
    }

    @Test
    void silenceIsNothingRecognized() throws IOException {
        assertEquals(new SpeechRecognized("", 0.0), recognizer.recognize(Pcm.silence(3000, 8000), SpokenCorpus.YES_NO));
    }

    @Test
    void aGrammarOfAnotherLanguageIsABug() {
        SpeechGrammar finnish = new SpeechGrammar(Language.FI, Map.of("yes", List.of("kyllä")));

        assertThrows(IllegalArgumentException.class, () -> recognizer.recognize(yesOnPhone, finnish));
    }

    @Test
    void grammarPhrasesAreLowerCaseWordsForVosk() {
        SpeechGrammar grammar = new SpeechGrammar(Language.EN, Map.of("yes", List.of("Yes, please!", "yes")));

        assertEquals(List.of("yes please", "yes"), VoskRecognizer.phrases(grammar));
    }
}
