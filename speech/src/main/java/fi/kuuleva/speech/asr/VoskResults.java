package fi.kuuleva.speech.asr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuuleva.flow.SpeechRecognized;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a Vosk result (JSON with per-word confidences, {@code setWords(true)}) into a {@link SpeechRecognized}.
 * <ul>
 *   <li>Text: the words of the grammar that were heard, in order. Anything else Vosk reports ({@code [unk]}, or a
 *       decoy word such as "hello" that competes with the answers) is speech outside the grammar and is dropped.
 *       No grammar word heard (silence, or only other speech) is empty text with confidence 0.</li>
 *   <li>Confidence: the lowest confidence of the grammar words heard, times the share of heard words that are
 *       grammar words. "I don't know" heard as {@code i don't no} is thus at most 1/3, however sure Vosk is of
 *       the "no": an answer wrapped in unknown speech is confirmed, never taken.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class VoskResults {

    static final String UNKNOWN = "[unk]";
    private static final ObjectMapper JSON = new ObjectMapper();

    private VoskResults() {
    }

    /** Parses a result whose words outside {@code grammarWords} (decoys, {@code [unk]}) count as unknown speech. */
    static SpeechRecognized parse(String json, Set<String> grammarWords) throws IOException {
        JsonNode words = JSON.readTree(json).path("result");
        List<String> heard = new ArrayList<>();
        double lowest = 1.0;
        int all = 0;
        for (JsonNode word : words) {
            all++;
            String text = word.path("word").asText("");
            if (!grammarWords.contains(text)) {
                continue;
            }
            heard.add(text);
            lowest = Math.min(lowest, word.path("conf").asDouble(0));
        }
        if (heard.isEmpty()) {
            return new SpeechRecognized("", 0.0);
        }
        return new SpeechRecognized(String.join(" ", heard), lowest * heard.size() / all);
    }
}
