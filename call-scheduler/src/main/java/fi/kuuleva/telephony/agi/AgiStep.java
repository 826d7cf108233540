package fi.kuuleva.telephony.agi;

/**
 * One thing to do on a call, as the translator plans it from a sprint. A key pressed while a {@link Play} with
 * {@code interruptible} runs skips the remaining plays and becomes the input of the following await step.
 */
public sealed interface AgiStep {

    /** Plays a prompt file (a path without extension, as Asterisk wants it). */
    record Play(String file, boolean interruptible) implements AgiStep {
    }

    /**
     * Waits for one key; with {@code listenSeconds > 0} the caller may also speak, which is recorded for the
     * recognizer (a key still ends the listening).
     */
    record AwaitKey(int timeoutMillis, int listenSeconds) implements AgiStep {
    }

    /** Collects up to {@code maxDigits} digits ended by #, each within the timeout. */
    record AwaitDigits(int maxDigits, int timeoutMillis) implements AgiStep {
    }

    /** Records a spoken answer after a beep, ended by #, silence or {@code maxSeconds}. */
    record Record(int maxSeconds, int silenceSeconds, int startTimeoutMillis) implements AgiStep {
    }

    /**
     * Puts the caller through to a member of staff (the runner's staff line), ringing it at most {@code ringSeconds};
     * ends when nobody answered or when the conversation ends.
     */
    record Transfer() implements AgiStep {
    }

    /**
     * Waits until an answering machine's greeting and beep are over (the dialplan's {@code kuuleva-voicemail-beep}),
     * so that the plays after it are recorded from their first word.
     */
    record AwaitBeep() implements AgiStep {
    }

    /** Ends the call. */
    record Hangup() implements AgiStep {
    }
}
