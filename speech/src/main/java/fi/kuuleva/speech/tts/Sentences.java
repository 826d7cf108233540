package fi.kuuleva.speech.tts;

import java.util.Arrays;
import java.util.List;

/** Splits prompt text into sentences at ., ! or ? followed by white space. Stateless. */
final class Sentences {

    private Sentences() {
    }

    static List<String> of(String text) {
        return Arrays.stream(text.trim().split("(?<=[.!?])\\s+")).filter(s -> !s.isBlank()).toList();
    }
}
