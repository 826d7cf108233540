package fi.kuuleva.calls;

import fi.kuuleva.flow.Answer;
import fi.kuuleva.flow.AnswerRecorded;
import fi.kuuleva.flow.CallbackRequested;
import fi.kuuleva.flow.ConsentGiven;
import fi.kuuleva.flow.ConsentRefused;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.LanguageChosen;
import fi.kuuleva.flow.OptOutRequested;
import fi.kuuleva.flow.QuestionUnanswered;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.flow.TransferAttempted;
import fi.kuuleva.survey.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one sprint's events leave for the store to keep: answers, unanswered questions, an opt-out (with the step it
 * was asked at) or call-back request (with its step and preferred time), the language, the consent, a transfer to
 * a person and the survey's end. Pure; events that only
 * concern the call itself (prompts, repeats, rejected input) leave nothing.
 */
record SprintFacts(List<Answer> answers, List<QuestionUnanswered> unanswered, Optional<String> optOutAt,
                   Optional<CallbackRequested> callback, Optional<Language> language, Optional<Boolean> consent,
                   Optional<SurveyEnded> ended, Optional<TransferAttempted> transfer) {

    static SprintFacts of(List<Event> events) {
        List<Answer> answers = new ArrayList<>();
        List<QuestionUnanswered> unanswered = new ArrayList<>();
        String optOutAt = null;
        CallbackRequested callback = null;
        Language language = null;
        Boolean consent = null;
        SurveyEnded ended = null;
        TransferAttempted transfer = null;
        for (Event event : events) {
            if (event instanceof AnswerRecorded recorded) {
                answers.add(recorded.answer());
            } else if (event instanceof QuestionUnanswered question) {
                unanswered.add(question);
            } else if (event instanceof OptOutRequested optOut) {
                optOutAt = optOut.at();
            } else if (event instanceof CallbackRequested requested) {
                callback = requested;
            } else if (event instanceof LanguageChosen chosen) {
                language = chosen.language();
            } else if (event instanceof ConsentGiven) {
                consent = true;
            } else if (event instanceof ConsentRefused) {
                consent = false;
            } else if (event instanceof SurveyEnded end) {
                ended = end;
            } else if (event instanceof TransferAttempted attempted) {
                transfer = attempted;
            }
        }
        return new SprintFacts(List.copyOf(answers), List.copyOf(unanswered), Optional.ofNullable(optOutAt),
                Optional.ofNullable(callback), Optional.ofNullable(language), Optional.ofNullable(consent),
                Optional.ofNullable(ended), Optional.ofNullable(transfer));
    }

    /** Whether a transfer to a person rang without an answer in this sprint. */
    boolean transferFailed() {
        return transfer.filter(attempted -> !attempted.connected()).isPresent();
    }

    /** Whether the attempt's own columns (language, consent, survey outcome) change. */
    boolean touchesAttempt() {
        return language.isPresent() || consent.isPresent() || ended.isPresent() || transfer.isPresent();
    }
}
