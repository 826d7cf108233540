package fi.kuuleva.flow;

import fi.kuuleva.flow.InputNotAccepted.Reason;
import fi.kuuleva.flow.LanguageChosen.How;
import fi.kuuleva.flow.Next.AskConsent;
import fi.kuuleva.flow.Next.ChooseLanguage;
import fi.kuuleva.flow.Next.OfferLanguages;
import fi.kuuleva.flow.Step.ChoosingLanguage;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings;
import fi.kuuleva.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first step: the language the call goes on in. Skipped for a one-language survey, or when the register knows the
 * language and the survey asks only the unknown; otherwise a menu, where silence falls back to the known language, and
 * the tries running out to the first one. Choosing says the intro and leads to consent. Immutable.
 */
final class LanguageStep {

    static final String AT = "language";

    private final Survey survey;
    private final Settings settings;
    private final PromptBooks books;
    private final Controls controls;

    LanguageStep(Survey survey, PromptBooks books, Controls controls) {
        this.survey = survey;
        this.settings = survey.settings();
        this.books = books;
        this.controls = controls;
    }

    /** How a new session starts, given the register's language ({@code known}, null if none in the survey). */
    Next open(Language known) {
        if (survey.languages().size() == 1) {
            return new ChooseLanguage(survey.languages().get(0), How.ONLY_LANGUAGE);
        }
        if (known != null && settings.languageStep() == Settings.LanguageStep.UNKNOWN_ONLY) {
            return new ChooseLanguage(known, How.KNOWN);
        }
        return new OfferLanguages(0, false);
    }

    /** Every language's option, the known language's first, then one key. */
    Next offer(Turn turn, OfferLanguages offer) {
        List<Language> order = new ArrayList<>(survey.languages());
        Language known = turn.state().knownLanguage();
        if (known != null) {
            order.remove(known);
            order.add(0, known);
        }
        order.forEach(language -> turn.play(books.in(language).languageMenu(), offer.slow()));
        List<String> keys = PromptBook.digits(1, survey.languages().size());
        return new Next.Await(InputAwaited.oneKey(AT, keys, settings.timeoutSeconds()),
                new ChoosingLanguage(offer.tries()));
    }

    Next choose(Turn turn, ChooseLanguage choice) {
        turn.speak(choice.language());
        PromptBook book = books.of(turn.state());
        turn.emit(new LanguageChosen(choice.language(), choice.how())).play(book.intro());
        if (turn.state().resumed()) {
            turn.play(book.welcomeBack());
        }
        return new AskConsent(0, false);
    }

    Next on(Turn turn, ChoosingLanguage step, String keys) {
        String key = Keys.first(keys);
        int index = key == null || !key.matches("[1-9]") ? -1 : Integer.parseInt(key) - 1;
        if (index >= 0 && index < survey.languages().size()) {
            return new ChooseLanguage(survey.languages().get(index), How.KEY);
        }
        Optional<Next> control = controls.on(turn, key, AT, new OfferLanguages(step.tries(), false));
        if (control.isPresent()) {
            return control.get();
        }
        Language known = turn.state().knownLanguage();
        if (known != null) {
            return new ChooseLanguage(known, How.DEFAULT);
        }
        if (step.tries() + 1 >= settings.maxTries()) {
            return new ChooseLanguage(survey.languages().get(0), How.DEFAULT);
        }
        turn.emit(new InputNotAccepted(AT, keys, keys == null ? Reason.SILENCE : Reason.WRONG_KEY));
        return new OfferLanguages(step.tries() + 1, keys == null);
    }
}
