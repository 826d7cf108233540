package fi.kuuleva.speech.asr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.SpeechRecognized;
import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.speech.support.SpokenCorpus;
import fi.kuuleva.speech.support.SpokenCorpus.Utterance;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Round trip with the real English model: answers spoken by five espeak-ng voices at two rates, through a telephone
 * line (8 kHz, 300-3400 Hz), recognized with the question's grammar. The floors sit just under what was measured
 * (docs/benchmarks.md), so a regression breaks them.
 */
class VoskCorpusTest {

    /** Measured 87/100 right; 0 wrong; the threshold at which the engine takes an answer without confirming. */
    private static final double ACCURACY_FLOOR = 0.85;
    private static final double ENGINE_THRESHOLD = 0.75;

    private static Recognizer recognizer;

    @BeforeAll
    static void load() {
        Requirements.espeakNg();
        recognizer = EnglishModel.recognizer();
    }

    @Test
    void recognizesTelephoneQualityAnswersThroughTheQuestionsGrammar() throws IOException {
        List<Utterance> corpus = SpokenCorpus.answers();
        int right = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Utterance utterance : corpus) {
            SpeechRecognized result = recognizer.recognize(utterance.audio(), utterance.grammar());
            var value = utterance.grammar().match(result.text());
            if (value.equals(utterance.value())) {
                right++;
            } else if (value.isPresent() && result.confidence() >= ENGINE_THRESHOLD) {
                wrong.add(utterance.label() + " -> " + result);
            } else {
                missed.add(utterance.label() + " -> " + result);
            }
        }
        double accuracy = (double) right / corpus.size();
        System.out.printf("corpus at 8 kHz: %d/%d right (%.0f%%); not recognized or unsure: %s%n", right,
                corpus.size(), accuracy * 100, missed);

        assertEquals(List.of(), wrong, "a wrong answer was taken with confidence");
        assertTrue(accuracy >= ACCURACY_FLOOR, String.format("%d/%d = %.2f right, below the floor %.2f; missed: %s",
                right, corpus.size(), accuracy, ACCURACY_FLOOR, missed));
    }

    @Test
    void nonAnswersAreNeverAConfidentAnswer() throws IOException {
        List<String> taken = new ArrayList<>();
        for (Utterance utterance : SpokenCorpus.nonAnswers()) {
            SpeechRecognized result = recognizer.recognize(utterance.audio(), utterance.grammar());
            boolean answer = utterance.grammar().match(result.text()).isPresent();
            if (answer && result.confidence() >= ENGINE_THRESHOLD) {
                taken.add(utterance.label() + " -> " + result);
            }
        }
        assertEquals(List.of(), taken, "non-answers that would be taken as answers without confirmation");
    }
}
