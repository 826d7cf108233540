package fi.kuuleva.flow;

import fi.kuuleva.flow.InputAwaited.Mode;
import fi.kuuleva.flow.InputNotAccepted.Reason;
import fi.kuuleva.flow.Next.Answered;
import fi.kuuleva.flow.Next.AskQuestion;
import fi.kuuleva.flow.Next.NotAnswered;
import fi.kuuleva.flow.Step.AskingQuestion;
import fi.kuuleva.survey.NumberQuestion;
import fi.kuuleva.survey.OpenQuestion;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.Settings;
import fi.kuuleva.survey.Survey;
import java.util.List;
import java.util.Optional;

/**
 * A question: asked with how to answer it (and that speaking works, where a recognizer is configured), then the
 * caller's keys, words or recording turned into an answer or a failed try. Immutable.
 */
final class QuestionStep {

    private final Survey survey;
    private final Settings settings;
    private final PromptBooks books;
    private final Controls controls;
    private final SpokenAnswer spoken;
    private final NumberAnswer number;

    QuestionStep(Survey survey, PromptBooks books, Controls controls) {
        this.survey = survey;
        this.settings = survey.settings();
        this.books = books;
        this.controls = controls;
        this.spoken = new SpokenAnswer(books, settings.speechConfidence());
        this.number = new NumberAnswer(settings.keys().repeat());
    }

    Next ask(Turn turn, AskQuestion ask) {
        Question question = ask.question();
        PromptBook book = books.of(turn.state());
        Optional<SpeechGrammar> grammar = turn.state().speechLanguages().contains(book.language())
                ? book.grammar(question) : Optional.empty();
        turn.play(book.question(question, grammar.isPresent()), ask.slow());
        return new Next.Await(awaited(question, grammar), new AskingQuestion(question.id(), ask.tries()));
    }

    Next on(Turn turn, AskingQuestion step, Resume resume, String keys) {
        Question question = survey.question(step.questionId()).orElseThrow();
        int tries = step.tries();
        if (resume instanceof RecordingCaptured recording && question instanceof OpenQuestion) {
            return new Answered(question, new Answer(question.id(), recording.recording(), Answer.Source.RECORDING,
                    null, false, recording.transcript()));
        }
        if (resume instanceof SpeechRecognized heard) {
            return spoken.on(turn, question, tries, heard);
        }
        if (keys == null || keys.isEmpty()) {
            return new NotAnswered(question, tries, resume instanceof InputTimedOut || resume instanceof DigitsEntered
                    ? Reason.SILENCE : Reason.NOT_UNDERSTOOD, null);
        }
        if (question instanceof NumberQuestion numberQuestion) {
            return number.on(turn, numberQuestion, tries, keys);
        }
        String key = Keys.first(keys);
        Optional<Next> control = controls.on(turn, key, question.id(), new AskQuestion(question, tries, false));
        if (control.isPresent()) {
            return control.get();
        }
        if (question instanceof OpenQuestion) {
            return new NotAnswered(question, tries, Reason.SILENCE, null);
        }
        return KeyAnswers.value(question, key)
                .<Next>map(value -> new Answered(question, Answer.byKey(question.id(), value)))
                .orElseGet(() -> new NotAnswered(question, tries, Reason.WRONG_KEY, keys));
    }

    private InputAwaited awaited(Question question, Optional<SpeechGrammar> grammar) {
        int timeout = settings.timeoutSeconds();
        if (question instanceof NumberQuestion numberQuestion) {
            return new InputAwaited(question.id(), Mode.DIGITS, PromptBook.digits(0, 9), numberQuestion.maxDigits(),
                    timeout, null, 0);
        }
        if (question instanceof OpenQuestion open) {
            return new InputAwaited(question.id(), Mode.RECORDING, List.of("#"), 0, timeout, null, open.maxSeconds());
        }
        return new InputAwaited(question.id(), Mode.KEY, KeyAnswers.keys(question), 1, timeout, grammar.orElse(null), 0);
    }
}
