package fi.kuuleva.flow;

import fi.kuuleva.flow.InputNotAccepted.Reason;
import fi.kuuleva.flow.Next.NotAnswered;
import fi.kuuleva.flow.Step.ConfirmingAnswer;
import fi.kuuleva.survey.Question;
import java.util.Optional;

/**
 * What a recognizer heard for a question: exactly one answer of the question's grammar, taken at once when the
 * recognizer is confident enough and read back for confirmation by key when not. Immutable.
 */
final class SpokenAnswer {

    private final PromptBooks books;
    private final double confidenceNeeded;

    SpokenAnswer(PromptBooks books, double confidenceNeeded) {
        this.books = books;
        this.confidenceNeeded = confidenceNeeded;
    }

    Next on(Turn turn, Question question, int tries, SpeechRecognized heard) {
        Optional<String> value = books.of(turn.state()).grammar(question)
                .filter(grammar -> turn.state().speechLanguages().contains(grammar.language()))
                .flatMap(grammar -> grammar.match(heard.text()));
        if (value.isEmpty()) {
            boolean silence = heard.text() == null || heard.text().isBlank();
            return new NotAnswered(question, tries, silence ? Reason.SILENCE : Reason.NOT_UNDERSTOOD, heard.text());
        }
        if (heard.confidence() >= confidenceNeeded) {
            return new Next.Answered(question, new Answer(question.id(), value.get(), Answer.Source.SPEECH,
                    heard.confidence(), false, null));
        }
        turn.emit(new ConfirmationRequested(question.id(), value.get(), heard.text(), heard.confidence()));
        return new Next.Confirm(question,
                new ConfirmingAnswer(question.id(), tries, value.get(), heard.text(), heard.confidence()));
    }
}
