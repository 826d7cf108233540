package fi.kuuleva.flow;

import fi.kuuleva.flow.FlowEngine.Turn;
import fi.kuuleva.flow.InputNotAccepted.Reason;
import fi.kuuleva.survey.ChoiceQuestion;
import fi.kuuleva.survey.NumberQuestion;
import fi.kuuleva.survey.OpenQuestion;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.ScaleQuestion;
import fi.kuuleva.survey.YesNoQuestion;
import java.util.Optional;

/** One resume of a question: the caller's keys, words or recording turned into an answer or another try. */
final class QuestionTurn {

    private final FlowEngine engine;
    private final Turn turn;
    private final Question question;
    private final int tries;

    QuestionTurn(Turn turn, Question question, int tries) {
        this.engine = turn.engine();
        this.turn = turn;
        this.question = question;
        this.tries = tries;
    }

    Sprint on(Resume resume, String keys) {
        if (resume instanceof RecordingCaptured recording && question instanceof OpenQuestion) {
            return engine.answered(turn, question, new Answer(question.id(), recording.recording(),
                    Answer.Source.RECORDING, null, false, recording.transcript()));
        }
        if (resume instanceof SpeechRecognized heard) {
            return onSpeech(heard);
        }
        if (keys == null || keys.isEmpty()) {
            return retry(resume instanceof InputTimedOut || resume instanceof DigitsEntered
                    ? Reason.SILENCE : Reason.NOT_UNDERSTOOD, null);
        }
        if (question instanceof NumberQuestion number) {
            return onNumber(number, keys);
        }
        String key = FlowEngine.firstKey(keys);
        Optional<Sprint> control = engine.control(turn, key, question.id(), () -> engine.ask(turn, question, tries, false));
        if (control.isPresent()) {
            return control.get();
        }
        if (question instanceof OpenQuestion) {
            return retry(Reason.SILENCE, null);
        }
        Optional<String> value = valueForKey(key);
        return value.isPresent()
                ? engine.answered(turn, question, Answer.byKey(question.id(), value.get()))
                : retry(Reason.WRONG_KEY, keys);
    }

    /** Another try at the question, or on to the next one when the tries are used up. */
    Sprint retry(Reason reason, String input) {
        PromptBook book = engine.book(turn.state);
        if (tries + 1 >= engine.maxTries()) {
            turn.emit(new QuestionUnanswered(question.id(), reason));
            if (engine.hasNext(question)) {
                turn.play(book.phrasePrompt(Phrase.MOVING_ON));
            }
            return engine.next(turn, question, null);
        }
        turn.emit(new InputNotAccepted(question.id(), input, reason));
        switch (reason) {
            case SILENCE -> turn.play(book.phrasePrompt(Phrase.NO_INPUT));
            case WRONG_KEY -> turn.play(book.phrasePrompt(Phrase.WRONG_KEY));
            case OUT_OF_RANGE -> turn.play(book.outOfRange((NumberQuestion) question));
            case NOT_UNDERSTOOD -> turn.play(book.phrasePrompt(Phrase.NOT_UNDERSTOOD));
            case NOT_CONFIRMED -> { }
        }
        return engine.ask(turn, question, tries + 1, reason == Reason.SILENCE);
    }

    private Sprint onSpeech(SpeechRecognized heard) {
        Optional<SpeechGrammar> grammar = engine.book(turn.state).grammar(question)
                .filter(g -> turn.state.speechLanguages().contains(g.language()));
        Optional<String> value = grammar.flatMap(g -> g.match(heard.text()));
        if (value.isEmpty()) {
            return retry(heard.text() == null || heard.text().isBlank() ? Reason.SILENCE : Reason.NOT_UNDERSTOOD,
                    heard.text());
        }
        if (heard.confidence() >= engine.speechConfidence()) {
            return engine.answered(turn, question, new Answer(question.id(), value.get(), Answer.Source.SPEECH,
                    heard.confidence(), false, null));
        }
        return engine.confirm(turn, question, tries, value.get(), heard);
    }

    private Sprint onNumber(NumberQuestion number, String keys) {
        String repeat = engine.survey().settings().keys().repeat();
        if (keys.startsWith(repeat)) {
            turn.emit(new RepeatRequested(question.id()));
            return engine.ask(turn, question, tries, false);
        }
        String digits = keys.endsWith("#") ? keys.substring(0, keys.length() - 1) : keys;
        if (digits.isEmpty()) {
            return retry(Reason.SILENCE, null);
        }
        if (!digits.matches("[0-9]+")) {
            return retry(Reason.WRONG_KEY, keys);
        }
        long value = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (value < number.min() || value > number.max()) {
            return retry(Reason.OUT_OF_RANGE, digits);
        }
        return engine.answered(turn, question, Answer.byKey(question.id(), Long.toString(value)));
    }

    private Optional<String> valueForKey(String key) {
        if (question instanceof YesNoQuestion) {
            return YesNoQuestion.YES_KEY.equals(key) ? Optional.of(YesNoQuestion.YES)
                    : YesNoQuestion.NO_KEY.equals(key) ? Optional.of(YesNoQuestion.NO) : Optional.empty();
        }
        if (question instanceof ChoiceQuestion choice) {
            return choice.optionForKey(key).map(option -> option.id());
        }
        if (question instanceof ScaleQuestion scale) {
            return scale.answerValues().contains(key) ? Optional.of(key) : Optional.empty();
        }
        return Optional.empty();
    }
}
