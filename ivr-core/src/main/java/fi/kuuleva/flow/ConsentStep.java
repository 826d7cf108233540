package fi.kuuleva.flow;

import fi.kuuleva.flow.InputNotAccepted.Reason;
import fi.kuuleva.flow.Next.AskConsent;
import fi.kuuleva.flow.Next.AskQuestion;
import fi.kuuleva.flow.Step.AskingConsent;
import fi.kuuleva.survey.Branching;
import fi.kuuleva.survey.Settings;
import fi.kuuleva.survey.Survey;
import java.util.List;
import java.util.Optional;

/**
 * Whether the caller agrees to answer: yes leads to the first question (or where an interrupted survey stopped), no
 * ends the call as a refusal, and the tries running out as no response. Immutable.
 */
final class ConsentStep {

    static final String AT = "consent";

    private final Survey survey;
    private final Settings settings;
    private final PromptBooks books;
    private final Controls controls;

    ConsentStep(Survey survey, PromptBooks books, Controls controls) {
        this.survey = survey;
        this.settings = survey.settings();
        this.books = books;
        this.controls = controls;
    }

    Next ask(Turn turn, AskConsent ask) {
        turn.play(books.of(turn.state()).consent(), ask.slow());
        return new Next.Await(InputAwaited.oneKey(AT, List.of(Keys.YES, Keys.NO), settings.timeoutSeconds()),
                new AskingConsent(ask.tries()));
    }

    Next on(Turn turn, AskingConsent step, String keys) {
        PromptBook book = books.of(turn.state());
        String key = Keys.first(keys);
        if (Keys.YES.equals(key)) {
            turn.emit(new ConsentGiven()).play(book.keysHelp());
            String from = turn.state().resumeAt();
            if (Branching.END.equals(from)) {
                return new Next.Close(null);
            }
            return new AskQuestion(from == null ? survey.questions().get(0) : survey.question(from).orElseThrow(),
                    0, false);
        }
        if (Keys.NO.equals(key)) {
            turn.emit(new ConsentRefused()).play(book.phrasePrompt(Phrase.REFUSED));
            return new Next.End(Outcome.REFUSED, AT);
        }
        Optional<Next> control = controls.on(turn, key, AT, new AskConsent(step.tries(), false));
        if (control.isPresent()) {
            return control.get();
        }
        if (step.tries() + 1 >= settings.maxTries()) {
            turn.play(book.phrasePrompt(Phrase.NO_RESPONSE_GOODBYE));
            return new Next.End(Outcome.NO_RESPONSE, AT);
        }
        turn.emit(new InputNotAccepted(AT, keys, keys == null ? Reason.SILENCE : Reason.WRONG_KEY));
        turn.play(book.phrasePrompt(keys == null ? Phrase.NO_INPUT : Phrase.WRONG_KEY));
        return new AskConsent(step.tries() + 1, keys == null);
    }
}
