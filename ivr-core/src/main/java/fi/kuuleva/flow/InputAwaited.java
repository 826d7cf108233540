package fi.kuuleva.flow;

import java.util.List;

/**
 * What the session waits for after a sprint's prompts.
 *
 * @param at             the step: a question id, {@code language}, {@code consent} or {@code confirm/<question>}
 * @param mode           one key, several digits ended by #, a recording, or the end of a transfer to a person
 * @param keys           the keys that answer (control keys work too, except inside a number)
 * @param maxDigits      for {@link Mode#DIGITS}: how many digits at most
 * @param timeoutSeconds how long to wait after the prompts end
 * @param grammar        when spoken answers are on: what may be said; null otherwise
 * @param maxRecordSeconds for {@link Mode#RECORDING}: the longest recording
 */
public record InputAwaited(String at, Mode mode, List<String> keys, int maxDigits, int timeoutSeconds,
                           SpeechGrammar grammar, int maxRecordSeconds) {

    public enum Mode { KEY, DIGITS, RECORDING, TRANSFER }

    public InputAwaited {
        keys = List.copyOf(keys);
    }

    /** One key out of {@code keys}, no speech. */
    static InputAwaited oneKey(String at, List<String> keys, int timeoutSeconds) {
        return new InputAwaited(at, Mode.KEY, keys, 1, timeoutSeconds, null, 0);
    }

    /** The end of a transfer to a member of staff, asked for at {@code at}. */
    static InputAwaited transfer(String at) {
        return new InputAwaited(at, Mode.TRANSFER, List.of(), 0, 0, null, 0);
    }
}
