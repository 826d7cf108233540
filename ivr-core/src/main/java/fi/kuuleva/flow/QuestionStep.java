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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A question: asked with how to answer it, in full the first time a kind of question comes up in the call (or when
 * asked again slowly) and in a short form after, with the repeat key explained at the first question; then the
 * caller's keys, words or recording turned into an answer or a failed try. A wrong key says which keys answer and
 * costs a try only every {@link Keys#WRONG_KEYS_PER_TRY}th time. Immutable.
 */
final class QuestionStep {

    /** What {@link SessionState#explained()} holds once the repeat key was explained. */
    static final String REPEAT_HINT = "repeat";

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
        Optional<SpeechGrammar> grammar = grammarOf(turn, question);
        Set<String> explained = turn.state().explained();
        Optional<String> kind = AnswerInstructions.kind(question);
        boolean full = ask.slow() || kind.isEmpty() || !explained.contains(kind.get());
        boolean repeatHint = !explained.contains(REPEAT_HINT);
        turn.play(book.question(question, grammar.isPresent(), full, repeatHint), ask.slow());
        Set<String> now = new HashSet<>(Set.of(REPEAT_HINT));
        kind.ifPresent(now::add);
        turn.explained(now);
        return new Next.Await(awaited(question, grammar), new AskingQuestion(question.id(), ask.tries(), 0));
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
        Optional<Next> control = controls.on(turn, key, question.id(), step, new AskQuestion(question, tries, true));
        if (control.isPresent()) {
            return control.get();
        }
        if (question instanceof OpenQuestion) {
            return new NotAnswered(question, tries, Reason.SILENCE, null);
        }
        Optional<String> value = KeyAnswers.value(question, key);
        if (value.isPresent()) {
            return new Answered(question, Answer.byKey(question.id(), value.get()));
        }
        if (step.wrongKeys() + 1 < Keys.WRONG_KEYS_PER_TRY) {
            turn.emit(new InputNotAccepted(question.id(), keys, Reason.WRONG_KEY))
                    .play(books.of(turn.state()).wrongKey(question.id(), KeyAnswers.keys(question)));
            return new Next.Await(awaited(question, grammarOf(turn, question)),
                    new AskingQuestion(question.id(), tries, step.wrongKeys() + 1));
        }
        return new NotAnswered(question, tries, Reason.WRONG_KEY, keys);
    }

    private Optional<SpeechGrammar> grammarOf(Turn turn, Question question) {
        PromptBook book = books.of(turn.state());
        return turn.state().speechLanguages().contains(book.language()) ? book.grammar(question) : Optional.empty();
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
