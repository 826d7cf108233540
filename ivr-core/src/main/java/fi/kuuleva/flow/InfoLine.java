package fi.kuuleva.flow;

import fi.kuuleva.flow.Step.Informed;
import fi.kuuleva.survey.Settings.ControlKeys;
import fi.kuuleva.survey.Survey;
import java.util.ArrayList;
import java.util.List;

/**
 * What an inbound caller who is not due in the survey hears after the greeting: what the survey is, who runs it and
 * why (the survey's intro), how to check the call, how answers are used; then, when their number is known, how to
 * ask for a person (put through now while staff are on duty, else a call-back) or have the number left out of these
 * calls. The repeat key says it again, slowly; anything else ends the call. Immutable.
 */
final class InfoLine {

    static final String AT = "info";

    private final Survey survey;
    private final ControlKeys keys;
    private final PromptBooks books;
    private final Controls controls;

    InfoLine(Survey survey, PromptBooks books, Controls controls) {
        this.survey = survey;
        this.keys = survey.settings().keys();
        this.books = books;
        this.controls = controls;
    }

    Next inform(Turn turn, Next.Inform inform) {
        PromptBook book = books.of(turn.state());
        turn.play(List.of(book.intro()), inform.slow());
        book.verify().ifPresent(verify -> turn.play(List.of(verify), inform.slow()));
        turn.play(List.of(book.phrasePrompt(Phrase.INFO_USE)), inform.slow());
        if (turn.state().caller() == Caller.WITHHELD) {
            turn.play(book.phrasePrompt(Phrase.INFO_WITHHELD)).play(book.phrasePrompt(Phrase.GOODBYE));
            return new Next.End(Outcome.INFORMED, AT);
        }
        List<String> offered = new ArrayList<>();
        if (!keys.callback().isEmpty()) {
            Phrase phrase = turn.state().staffOnDuty() ? Phrase.INFO_OFFER_PERSON : Phrase.INFO_OFFER_CALLBACK;
            turn.play(List.of(book.keyed(phrase, keys.callback())), inform.slow());
            offered.add(keys.callback());
        }
        if (!keys.optOut().isEmpty()) {
            turn.play(List.of(book.keyed(Phrase.INFO_OFFER_OPT_OUT, keys.optOut())), inform.slow());
            offered.add(keys.optOut());
        }
        if (!keys.repeat().isEmpty()) {
            offered.add(keys.repeat());
        }
        return new Next.Await(InputAwaited.oneKey(AT, offered, survey.settings().timeoutSeconds()),
                new Informed(inform.tries()));
    }

    /** The key pressed after the information: a call-back or person, an opt-out, the repeat, or goodbye. */
    Next on(Turn turn, Informed step, String pressed) {
        String key = Keys.first(pressed);
        if (key != null && (key.equals(keys.callback()) || key.equals(keys.optOut()))) {
            return controls.act(turn, key, AT);
        }
        if (key != null && key.equals(keys.repeat()) && step.tries() + 1 < survey.settings().maxTries()) {
            turn.emit(new RepeatRequested(AT));
            return new Next.Inform(step.tries() + 1, true);
        }
        turn.play(books.of(turn.state()).phrasePrompt(Phrase.GOODBYE));
        return new Next.End(Outcome.INFORMED, AT);
    }
}
