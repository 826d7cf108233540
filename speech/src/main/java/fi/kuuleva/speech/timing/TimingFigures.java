package fi.kuuleva.speech.timing;

import fi.kuuleva.survey.Language;
import java.util.List;

/**
 * The prompt audio of one call on the all-keys path, in the order played.
 *
 * @param beforeFirstQuestion how many of {@code played} come before the first question's text (-1: no question)
 * @param keyPresses          keys the resident pressed (language, consent, answers, the # after a number or recording)
 * @param silenceBeforeMillis the time the call waited for a key the resident did not press, before the first question
 * @param silenceMillis       the same over the whole call
 */
public record TimingFigures(Language language, Start start, List<PlayedPrompt> played, int beforeFirstQuestion,
                            int keyPresses, long silenceBeforeMillis, long silenceMillis) {

    public TimingFigures {
        played = List.copyOf(played);
    }

    /** Seconds from the answer until the first question starts: its prompts' audio and the waits for silence. */
    public double secondsBeforeFirstQuestion() {
        return seconds(played.subList(0, beforeFirstQuestion < 0 ? played.size() : beforeFirstQuestion))
                + silenceBeforeMillis / 1000.0;
    }

    /** Seconds of all prompt audio of the call (the waits for silence not included). */
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
