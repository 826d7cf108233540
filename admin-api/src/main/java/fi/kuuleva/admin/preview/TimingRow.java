package fi.kuuleva.admin.preview;

import fi.kuuleva.speech.timing.PlayedPrompt;
import fi.kuuleva.speech.timing.TimingFigures;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One row of {@code ./ivr check SCRIPT --timing} for the editor: an all-keys call in one language and start, seconds
 * rounded to tenths as the tool prints them.
 *
 * @param start                     {@code KNOWN_LANGUAGE} (the register gives it) or {@code CHOSEN_LANGUAGE}
 * @param secondsBeforeFirstQuestion prompt audio and waits from the answer until the first question starts
 * @param promptsBefore             prompts played before the first question
 * @param totalSeconds              all prompt audio of the call
 * @param longestPrompt             the id of the longest single prompt
 */
@Serdeable
public record TimingRow(String language, String start, double secondsBeforeFirstQuestion, int promptsBefore,
                        double totalSeconds, int prompts, double longestSeconds, String longestPrompt,
                        int keyPresses) {

    static TimingRow of(TimingFigures figures) {
        PlayedPrompt longest = figures.longest();
        return new TimingRow(figures.language().code(), figures.start().name(),
                tenths(figures.secondsBeforeFirstQuestion()), figures.beforeFirstQuestion(),
                tenths(figures.totalSeconds()), figures.played().size(), tenths(longest.millis() / 1000.0),
                longest.prompt().id(), figures.keyPresses());
    }

    /** Half up from the shortest decimal form, as {@code String.format("%.1f")} rounds in the tool. */
    private static double tenths(double seconds) {
        return BigDecimal.valueOf(seconds).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
