package fi.kuuleva.telephony.agi;

import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.InputAwaited;
import fi.kuuleva.flow.Outcome;
import fi.kuuleva.flow.PromptPlayed;
import fi.kuuleva.flow.Sprint;
import fi.kuuleva.flow.SurveyEnded;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the engine's sprint into the steps to run on the call: its prompts, then what it awaits, or a hang-up when
 * it awaits nothing. A sprint that leaves a voicemail message first waits for the machine's beep. Pure and stateless.
 */
public final class SprintTranslator {

    /** How long a spoken answer to a closed question may last. */
    static final int LISTEN_SECONDS = 5;
    /** Silence that ends a spoken open answer. */
    static final int OPEN_ANSWER_SILENCE_SECONDS = 4;

    private final PromptLocator files;
    private final boolean speechAvailable;

    /**
     * @param speechAvailable whether spoken answers can be recognized at all; without it a grammar in the awaited
     *                        input is ignored and only keys are taken
     */
    public SprintTranslator(PromptLocator files, boolean speechAvailable) {
        this.files = files;
        this.speechAvailable = speechAvailable;
    }

    /** The steps of {@code sprint}, its prompts those of survey {@code surveyId} at the survey's {@code voice}. */
    public List<AgiStep> translate(Sprint sprint, String surveyId, fi.kuuleva.survey.Settings.Voice voice) {
        List<AgiStep> steps = new ArrayList<>();
        boolean awaiting = sprint.awaiting().isPresent();
        if (leavesVoicemail(sprint)) {
            steps.add(new AgiStep.AwaitBeep());
        }
        for (Event event : sprint.events()) {
            if (event instanceof PromptPlayed played) {
                boolean interruptible = awaiting && sprint.awaiting().get().mode() != InputAwaited.Mode.TRANSFER;
                steps.add(new AgiStep.Play(files.fileFor(surveyId, played.prompt(), voice), interruptible));
            }
        }
        if (!awaiting) {
            steps.add(new AgiStep.Hangup());
            return steps;
        }
        InputAwaited awaited = sprint.awaiting().get();
        int timeout = awaited.timeoutSeconds() * 1000;
        steps.add(switch (awaited.mode()) {
            case KEY -> new AgiStep.AwaitKey(timeout,
                    speechAvailable && awaited.grammar() != null ? LISTEN_SECONDS : 0);
            case DIGITS -> new AgiStep.AwaitDigits(awaited.maxDigits(), timeout);
            case RECORDING -> new AgiStep.Record(awaited.maxRecordSeconds(), OPEN_ANSWER_SILENCE_SECONDS, timeout);
            case TRANSFER -> new AgiStep.Transfer();
        });
        return steps;
    }

    private static boolean leavesVoicemail(Sprint sprint) {
        return sprint.events().stream().anyMatch(event -> event instanceof SurveyEnded ended
                && ended.outcome() == Outcome.VOICEMAIL_LEFT);
    }
}
