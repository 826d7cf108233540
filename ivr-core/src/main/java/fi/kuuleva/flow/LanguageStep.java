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
 * The first step: the language the call goes on in, and the greeting, said once. A one-language survey and a resumed
 * call skip the choice. When the register knows the language the call starts in it with one short line offering
 * the others ({@link #announced}; with {@code unknown-only}, without it), and silence keeps it; otherwise the first language's
 * greeting and every language's key, where the tries running out choose the first one. A language chosen other
 * than the one greeted in is greeted in its own. Choosing says the intro, or on a resumed call one
 * sentence before the first unanswered question. Immutable.
 */
final class LanguageStep {

    static final String AT = "language";

    /** How long the one-line offer of the other languages waits before the call goes on in the known one. */
    static final int OFFER_TIMEOUT_SECONDS = 3;

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
    Next open(Language known, boolean resumed) {
        if (survey.languages().size() == 1) {
            return new ChooseLanguage(survey.languages().get(0), How.ONLY_LANGUAGE);
        }
        if (resumed) {
            return known != null ? new ChooseLanguage(known, How.KNOWN)
                    : new ChooseLanguage(survey.languages().get(0), How.DEFAULT);
        }
        if (known != null && settings.languageStep() == Settings.LanguageStep.UNKNOWN_ONLY) {
            return new ChooseLanguage(known, How.KNOWN);
        }
        return new OfferLanguages(0, false);
    }

    /**
     * The greeting in the known language (or, when unknown, the first one), then a line for each language to
     * choose: the others when the language is known (a short wait: silence keeps it), every one when it is not.
     */
    Next offer(Turn turn, OfferLanguages offer) {
        Language known = turn.state().knownLanguage();
        Language greeted = greetedIn(turn.state());
        books.in(greeted).greeting().ifPresent(greeting -> turn.play(List.of(greeting), offer.slow()));
        announced(survey.languages(), known)
                .forEach(language -> turn.play(List.of(books.in(language).languageOption()), offer.slow()));
        int timeout = known != null ? Math.min(settings.timeoutSeconds(), OFFER_TIMEOUT_SECONDS)
                : settings.timeoutSeconds();
        List<String> keys = PromptBook.digits(1, survey.languages().size());
        return new Next.Await(InputAwaited.oneKey(AT, keys, timeout), new ChoosingLanguage(offer.tries()));
    }

    /**
     * Says the greeting in the chosen language unless the offer already did; then for a respondent who called in a
     * thank-you; then the intro, or the resumption; an inquiring caller hears about the survey instead.
     */
    Next choose(Turn turn, ChooseLanguage choice) {
        boolean offered = !turn.state().resumed() && (choice.how() == How.KEY || choice.how() == How.DEFAULT);
        Language greeted = greetedIn(turn.state());
        turn.speak(choice.language());
        PromptBook book = books.of(turn.state());
        turn.emit(new LanguageChosen(choice.language(), choice.how()));
        if (!offered || greeted != choice.language()) {
            book.greeting().ifPresent(turn::play);
        }
        Caller caller = turn.state().caller();
        if (caller.inquires()) {
            return new Next.Inform(0, false);
        }
        if (caller == Caller.CALLED_BACK) {
            turn.play(book.phrasePrompt(Phrase.CALLED_BACK));
        }
        if (turn.state().resumed()) {
            turn.play(caller == Caller.CALLED_BACK ? book.phrasePrompt(Phrase.RESUMED_CALLED_BACK) : book.resumed());
            return new Next.StartQuestions();
        }
        turn.play(book.intro());
        book.verify().ifPresent(turn::play);
        return new AskConsent(0, false);
    }

    /**
     * The languages whose key the offer says: every one when the register gives none; otherwise the others, except
     * that a resident registered in Finnish or Swedish hears only the other national language offered (every
     * language's key still works), so that the call reaches its first question sooner.
     */
    static List<Language> announced(List<Language> languages, Language known) {
        List<Language> options = new ArrayList<>(languages);
        if (known == null) {
            return options;
        }
        options.remove(known);
        boolean national = known == Language.FI || known == Language.SV;
        if (national && (options.contains(Language.FI) || options.contains(Language.SV))) {
            options.removeIf(language -> language != Language.FI && language != Language.SV);
        }
        return options;
    }

    /** The language the offer greets in: the known one, or the survey's first. */
    private Language greetedIn(SessionState state) {
        return state.knownLanguage() != null ? state.knownLanguage() : survey.languages().get(0);
    }

    Next on(Turn turn, ChoosingLanguage step, String keys) {
        String key = Keys.first(keys);
        int index = key == null || !key.matches("[1-9]") ? -1 : Integer.parseInt(key) - 1;
        if (index >= 0 && index < survey.languages().size()) {
            return new ChooseLanguage(survey.languages().get(index), How.KEY);
        }
        Optional<Next> control = controls.on(turn, key, AT, step, new OfferLanguages(step.tries(), true));
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
