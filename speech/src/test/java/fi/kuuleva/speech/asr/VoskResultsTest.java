package fi.kuuleva.speech.asr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.flow.SpeechRecognized;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoskResultsTest {

    private static final Set<String> YES_NO = Set.of("yes", "no", "thank", "you");

    @Test
    void nothingHeardIsEmptyWithConfidenceZero() throws IOException {
        assertEquals(new SpeechRecognized("", 0.0), VoskResults.parse("{\"text\":\"\"}", YES_NO));
        assertEquals(new SpeechRecognized("", 0.0), VoskResults.parse("{\"result\":[]}", YES_NO));
    }

    @Test
    void onlySpeechOutsideTheGrammarIsNothingRecognized() throws IOException {
        String json = "{\"result\":[" + word("[unk]", 1.0) + "," + word("hello", 0.9) + "]}";

        assertEquals(new SpeechRecognized("", 0.0), VoskResults.parse(json, YES_NO));
    }

    @Test
    void theConfidenceIsTheWeakestWord() throws IOException {
        String json = "{\"result\":[" + word("no", 0.95) + "," + word("thank", 0.6) + "," + word("you", 1.0) + "]}";

        assertEquals(new SpeechRecognized("no thank you", 0.6), VoskResults.parse(json, YES_NO));
    }

    @Test
    void anAnswerAmongOtherWordsLosesConfidenceByTheirShare() throws IOException {
        String json = "{\"result\":[" + word("i", 1.0) + "," + word("don't", 1.0) + "," + word("no", 0.9) + "]}";

        SpeechRecognized result = VoskResults.parse(json, YES_NO);

        assertEquals("no", result.text());
        assertEquals(0.3, result.confidence(), 1e-9);
    }

    private static String word(String word, double conf) {
        return "{\"conf\":" + conf + ",\"start\":0.1,\"end\":0.5,\"word\":\"" + word + "\"}";
    }
}
