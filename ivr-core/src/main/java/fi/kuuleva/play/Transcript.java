package fi.kuuleva.play;

import fi.kuuleva.flow.Answer;
import fi.kuuleva.flow.AnswerRecorded;
import fi.kuuleva.flow.CallbackRequested;
import fi.kuuleva.flow.ConfirmationRequested;
import fi.kuuleva.flow.ConsentGiven;
import fi.kuuleva.flow.ConsentRefused;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.InputNotAccepted;
import fi.kuuleva.flow.LanguageChosen;
import fi.kuuleva.flow.OptOutRequested;
import fi.kuuleva.flow.PromptPlayed;
import fi.kuuleva.flow.QuestionUnanswered;
import fi.kuuleva.flow.RepeatRequested;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.flow.TransferAttempted;
import java.util.Locale;

/** One-line, human-readable descriptions of events, shared by the console player and the golden tests. */
public final class Transcript {

    private Transcript() {
    }

    public static String describe(Event event) {
        if (event instanceof PromptPlayed played) {
            return "play " + played.prompt().id() + " [" + played.prompt().language()
                    + (played.prompt().slow() ? ", slow" : "") + "] \"" + played.prompt().text() + "\"";
        }
        if (event instanceof LanguageChosen chosen) {
            return "language " + chosen.language() + " (" + lower(chosen.how()) + ")";
        }
        if (event instanceof ConsentGiven) {
            return "consent given";
        }
        if (event instanceof ConsentRefused) {
            return "consent refused";
        }
        if (event instanceof AnswerRecorded recorded) {
            Answer answer = recorded.answer();
            return "answer " + answer.questionId() + " = " + answer.value() + " (" + lower(answer.source())
                    + (answer.confidence() == null ? "" : String.format(Locale.ROOT, ", confidence %.2f",
                    answer.confidence()))
                    + (answer.confirmed() ? ", confirmed" : "")
                    + (answer.transcript() == null ? "" : ", transcript \"" + answer.transcript() + "\"") + ")";
        }
        if (event instanceof InputNotAccepted rejected) {
            return "not accepted at " + rejected.at() + ": " + lower(rejected.reason())
                    + (rejected.input() == null ? "" : " \"" + rejected.input() + "\"");
        }
        if (event instanceof RepeatRequested repeat) {
            return "repeat requested at " + repeat.at();
        }
        if (event instanceof ConfirmationRequested confirm) {
            return String.format(Locale.ROOT, "confirm %s = %s (heard \"%s\", confidence %.2f)",
                    confirm.questionId(), confirm.value(), confirm.heard(), confirm.confidence());
        }
        if (event instanceof QuestionUnanswered unanswered) {
            return "unanswered " + unanswered.questionId() + " (" + lower(unanswered.lastReason()) + ")";
        }
        if (event instanceof OptOutRequested optOut) {
            return "opt-out requested at " + optOut.at();
        }
        if (event instanceof CallbackRequested callback) {
            return "call-back requested at " + callback.at() + " (" + lower(callback.preferred()) + ")";
        }
        if (event instanceof TransferAttempted transfer) {
            return "transfer at " + transfer.at() + (transfer.connected() ? " connected" : " not answered");
        }
        SurveyEnded ended = (SurveyEnded) event;
        return "ended " + ended.outcome() + (ended.lastStep() == null ? "" : " at " + ended.lastStep());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
