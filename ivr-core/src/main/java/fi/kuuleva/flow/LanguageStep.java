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
 * the others (or, with {@code unknown-only}, without it), and silence keeps it; otherwise every language's greeting
 * and key, where the tries running out choose the first one. Choosing says the intro, or on a resumed call one
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

    /** The known language's greeting and a line for each other language, or every greeting and line; then one key. */
    Next offer(Turn turn, OfferLanguages offer) {
        Language known = turn.state().knownLanguage();
        int timeout = settings.timeoutSeconds();
        if (known != null) {
            books.in(known).greeting().ifPresent(greeting -> turn.play(List.of(greeting), offer.slow()));
            List<Language> others = new ArrayList<>(survey.languages());
            others.remove(known);
            others.forEach(language -> turn.play(List.of(books.in(language).languageOption()), offer.slow()));
            timeout = Math.min(timeout, OFFER_TIMEOUT_SECONDS);
        } else {
            survey.languages().forEach(language -> {
                PromptBook book = books.in(language);
                List<Prompt> prompts = new ArrayList<>();
                book.greeting().ifPresent(prompts::add);
                prompts.add(book.languageOption());
                turn.play(prompts, offer.slow());
            });
        }
        List<String> keys = PromptBook.digits(1, survey.languages().size());
        return new Next.Await(InputAwaited.oneKey(AT, keys, timeout), new ChoosingLanguage(offer.tries()));
    }

    Next choose(Turn turn, ChooseLanguage choice) {
        turn.speak(choice.language());
        PromptBook book = books.of(turn.state());
        turn.emit(new LanguageChosen(choice.language(), choice.how()));
        Language known = turn.state().knownLanguage();
        boolean menu = !turn.state().resumed() && (choice.how() == How.KEY || choice.how() == How.DEFAULT);
        boolean greeted = menu && (known == null || known == choice.language());
        if (!greeted) {
            book.greeting().ifPresent(turn::play);
        }
        if (turn.state().resumed()) {
            turn.play(book.resumed());
            return new Next.StartQuestions();
        }
        turn.play(book.intro());
        book.verify().ifPresent(turn::play);
        return new AskConsent(0, false);
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
