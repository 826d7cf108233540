package fi.kuuleva.speech.asr;

import fi.kuuleva.flow.SpeechGrammar;
import fi.kuuleva.flow.SpeechRecognized;
import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Recognizes a spoken answer in one language, limited to a question's grammar. The result is honest: empty text with
 * confidence 0 when nothing in the grammar was heard, and a low confidence when unsure; it never guesses. The
 * engine matches the text and confirms answers below the survey's threshold. Implementations are thread-safe;
 * each {@link Recognition} is for one utterance on one thread.
 */
public interface Recognizer {

    Language language();

    /** Starts recognizing one utterance of signed 16-bit mono audio at {@code sampleRate} (8 kHz for a phone). */
    Recognition open(SpeechGrammar grammar, int sampleRate) throws IOException;

    /** Recognizes a finished recording, e.g. the 8 kHz 16-bit mono WAV that Asterisk's RECORD FILE writes. */
    default SpeechRecognized recognize(Path wav, SpeechGrammar grammar) throws IOException {
        return recognize(WavFiles.read(wav), grammar);
    }

    default SpeechRecognized recognize(Pcm audio, SpeechGrammar grammar) throws IOException {
        try (Recognition recognition = open(grammar, audio.sampleRate())) {
            recognition.accept(audio.samples());
            return recognition.finish();
        }
    }

    /**
     * Recognizes signed 16-bit little-endian mono audio read from {@code pcm} until its end, fed to the recognizer
     * as it arrives (so the result is ready shortly after the stream closes).
     */
    default SpeechRecognized recognize(InputStream pcm, int sampleRate, SpeechGrammar grammar) throws IOException {
        byte[] chunk = new byte[Math.max(2, sampleRate / 50 * 2)];
        try (Recognition recognition = open(grammar, sampleRate)) {
            byte[] carry = new byte[0];
            int read;
            while ((read = pcm.read(chunk)) > 0) {
                byte[] bytes = new byte[carry.length + read];
                System.arraycopy(carry, 0, bytes, 0, carry.length);
                System.arraycopy(chunk, 0, bytes, carry.length, read);
                int even = bytes.length - bytes.length % 2;
                recognition.accept(WavFiles.samples(bytes, even));
                carry = java.util.Arrays.copyOfRange(bytes, even, bytes.length);
            }
            return recognition.finish();
        }
    }
}
