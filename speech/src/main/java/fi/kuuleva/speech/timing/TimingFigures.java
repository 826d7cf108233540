package fi.kuuleva.speech.timing;

import fi.kuuleva.survey.Language;
import java.util.List;

/**
 * The prompt audio of one call on the all-keys path, in the order played.
 *
 * @param beforeFirstQuestion how many of {@code played} come before the first question's text (-1: no question)
 * @param keyPresses          keys the resident pressed (language, consent, answers, the # after a number or recording)
 */
public record TimingFigures(Language language, Start start, List<PlayedPrompt> played, int beforeFirstQuestion,
                            int keyPresses) {

    public TimingFigures {
        played = List.copyOf(played);
    }

    /** Seconds of audio before the first question starts. */
    public double secondsBeforeFirstQuestion() {
        return seconds(played.subList(0, beforeFirstQuestion < 0 ? played.size() : beforeFirstQuestion));
    }

    /** Seconds of all prompt audio of the call. */
    public double totalSeconds() {
        return seconds(played);
    }

    /** The longest single prompt (the first of equals). */
    public PlayedPrompt longest() {
        PlayedPrompt longest = played.get(0);
        for (PlayedPrompt prompt : played) {
            longest = prompt.millis() > longest.millis() ? prompt : longest;
        }
        return longest;
    }

    private static double seconds(List<PlayedPrompt> prompts) {
        return prompts.stream().mapToLong(PlayedPrompt::millis).sum() / 1000.0;
    }
}
