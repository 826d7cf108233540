package fi.kuuleva.flow;

import fi.kuuleva.flow.InputAwaited.Mode;
import fi.kuuleva.flow.InputNotAccepted.Reason;
import fi.kuuleva.flow.LanguageChosen.How;
import fi.kuuleva.flow.Step.AskingConsent;
import fi.kuuleva.flow.Step.AskingQuestion;
import fi.kuuleva.flow.Step.ChoosingLanguage;
import fi.kuuleva.flow.Step.ConfirmingAnswer;
import fi.kuuleva.flow.Step.Finished;
import fi.kuuleva.survey.Branching;
import fi.kuuleva.survey.ChoiceQuestion;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.NumberQuestion;
import fi.kuuleva.survey.OpenQuestion;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.ScaleQuestion;
import fi.kuuleva.survey.Settings.LanguageStep;
import fi.kuuleva.survey.Settings;
import fi.kuuleva.survey.Survey;
import fi.kuuleva.survey.YesNoQuestion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The call flow of one survey as a pure state machine: {@link #start} and {@link #resume} take the session state
 * and an input and return a {@link Sprint} of events, the awaited input and the next state. No I/O, clock or
 * threads inside; instances are immutable and safe to share between calls.
 */
public final class FlowEngine {

    static final String LANGUAGE = "language";
    static final String CONSENT = "consent";
    private static final String YES_KEY = "1";
    private static final String NO_KEY = "2";

    private final Survey survey;
    private final Settings settings;
    private final Map<Language, PromptBook> books = new EnumMap<>(Language.class);

    public FlowEngine(Survey survey, Phrases phrases) {
        this.survey = survey;
        this.settings = survey.settings();
        survey.languages().forEach(language -> books.put(language, new PromptBook(survey, language, phrases)));
    }

    public Survey survey() {
        return survey;
    }

    /** The language the session speaks now: chosen, or before the choice the known or the first one. */
    public Language languageOf(SessionState state) {
        return book(state).language();
    }

    public Sprint start(Trigger trigger) {
        Language known = trigger.knownLanguage().filter(survey.languages()::contains).orElse(null);
        String resumeAt = trigger.isResumption() ? firstUnanswered(trigger) : null;
        SessionState state = new SessionState(survey.id(), null, known, trigger.speechLanguages(),
                trigger.isResumption(), resumeAt, new ChoosingLanguage(0));
        Turn turn = new Turn(state);
        if (survey.languages().size() == 1) {
            return chooseLanguage(turn, survey.languages().get(0), How.ONLY_LANGUAGE);
        }
        if (known != null && settings.languageStep() == LanguageStep.UNKNOWN_ONLY) {
            return chooseLanguage(turn, known, How.KNOWN);
        }
        return languageMenu(turn, 0, false);
    }

    public Sprint resume(SessionState state, Resume resume) {
        Turn turn = new Turn(state);
        Step step = state.step();
        if (step instanceof Finished) {
            return turn.over();
        }
        if (resume instanceof CallerHungUp) {
            return turn.end(Outcome.HUNG_UP, lastStep(step));
        }
        if (resume instanceof MachineDetected) {
            book(state).voicemail().ifPresent(turn::play);
            return turn.end(Outcome.MACHINE, lastStep(step));
        }
        String key = resume instanceof DigitsEntered digits ? digits.digits() : null;
        if (step instanceof ChoosingLanguage choosing) {
            return onLanguage(turn, choosing, key);
        }
        if (step instanceof AskingConsent asking) {
            return onConsent(turn, asking, key);
        }
        if (step instanceof ConfirmingAnswer confirming) {
            return onConfirmation(turn, confirming, key);
        }
        AskingQuestion asking = (AskingQuestion) step;
        return new QuestionTurn(turn, survey.question(asking.questionId()).orElseThrow(), asking.tries())
                .on(resume, key);
    }

    private Sprint onLanguage(Turn turn, ChoosingLanguage step, String key) {
        String first = firstKey(key);
        int index = first == null || !first.matches("[1-9]") ? -1 : Integer.parseInt(first) - 1;
        if (index >= 0 && index < survey.languages().size()) {
            return chooseLanguage(turn, survey.languages().get(index), How.KEY);
        }
        Optional<Sprint> control = control(turn, first, LANGUAGE, () -> languageMenu(turn, step.tries(), false));
        if (control.isPresent()) {
            return control.get();
        }
        Language known = turn.state.knownLanguage();
        if (known != null) {
            return chooseLanguage(turn, known, How.DEFAULT);
        }
        if (step.tries() + 1 >= settings.maxTries()) {
            return chooseLanguage(turn, survey.languages().get(0), How.DEFAULT);
        }
        turn.emit(new InputNotAccepted(LANGUAGE, key, key == null ? Reason.SILENCE : Reason.WRONG_KEY));
        return languageMenu(turn, step.tries() + 1, key == null);
    }

    private Sprint onConsent(Turn turn, AskingConsent step, String key) {
        String first = firstKey(key);
        if (YES_KEY.equals(first)) {
            turn.emit(new ConsentGiven()).play(book(turn.state).keysHelp());
            String from = turn.state.resumeAt();
            if (Branching.END.equals(from)) {
                return finish(turn, null);
            }
            Question question = from == null ? survey.questions().get(0) : survey.question(from).orElseThrow();
            return ask(turn, question, 0, false);
        }
        if (NO_KEY.equals(first)) {
            turn.emit(new ConsentRefused()).play(book(turn.state).phrasePrompt(Phrase.REFUSED));
            return turn.end(Outcome.REFUSED, CONSENT);
        }
        Optional<Sprint> control = control(turn, first, CONSENT, () -> consent(turn, step.tries(), false));
        if (control.isPresent()) {
            return control.get();
        }
        PromptBook book = book(turn.state);
        if (step.tries() + 1 >= settings.maxTries()) {
            turn.play(book.phrasePrompt(Phrase.NO_RESPONSE_GOODBYE));
            return turn.end(Outcome.NO_RESPONSE, CONSENT);
        }
        turn.emit(new InputNotAccepted(CONSENT, key, key == null ? Reason.SILENCE : Reason.WRONG_KEY));
        turn.play(book.phrasePrompt(key == null ? Phrase.NO_INPUT : Phrase.WRONG_KEY));
        return consent(turn, step.tries() + 1, key == null);
    }

    private Sprint onConfirmation(Turn turn, ConfirmingAnswer step, String key) {
        Question question = survey.question(step.questionId()).orElseThrow();
        String first = firstKey(key);
        if (YES_KEY.equals(first)) {
            return answered(turn, question, new Answer(question.id(), step.value(), Answer.Source.SPEECH,
                    step.confidence(), true, null));
        }
        Optional<Sprint> control = control(turn, first, question.id(), () -> {
            turn.play(book(turn.state).confirm(question, step.value()));
            return turn.await(confirmation(question), step);
        });
        return control.orElseGet(() ->
                new QuestionTurn(turn, question, step.tries()).retry(Reason.NOT_CONFIRMED, key));
    }

    private Sprint chooseLanguage(Turn turn, Language language, How how) {
        turn.state = turn.state.in(language);
        PromptBook book = book(turn.state);
        turn.emit(new LanguageChosen(language, how)).play(book.intro());
        if (turn.state.resumed()) {
            turn.play(book.welcomeBack());
        }
        return consent(turn, 0, false);
    }

    private Sprint languageMenu(Turn turn, int tries, boolean slow) {
        List<Language> order = new ArrayList<>(survey.languages());
        Language known = turn.state.knownLanguage();
        if (known != null) {
            order.remove(known);
            order.add(0, known);
        }
        order.forEach(language -> turn.play(books.get(language).languageMenu(), slow));
        List<String> keys = PromptBook.digits(1, survey.languages().size());
        return turn.await(new InputAwaited(LANGUAGE, Mode.KEY, keys, 1, settings.timeoutSeconds(), null, 0),
                new ChoosingLanguage(tries));
    }

    private Sprint consent(Turn turn, int tries, boolean slow) {
        turn.play(book(turn.state).consent(), slow);
        return turn.await(new InputAwaited(CONSENT, Mode.KEY, List.of(YES_KEY, NO_KEY), 1, settings.timeoutSeconds(),
                null, 0), new AskingConsent(tries));
    }

    Sprint ask(Turn turn, Question question, int tries, boolean slow) {
        PromptBook book = book(turn.state);
        Optional<SpeechGrammar> grammar = turn.state.speechLanguages().contains(book.language())
                ? book.grammar(question) : Optional.empty();
        turn.play(book.question(question, grammar.isPresent()), slow);
        InputAwaited awaited;
        if (question instanceof NumberQuestion number) {
            awaited = new InputAwaited(question.id(), Mode.DIGITS, PromptBook.digits(0, 9), number.maxDigits(),
                    settings.timeoutSeconds(), null, 0);
        } else if (question instanceof OpenQuestion open) {
            awaited = new InputAwaited(question.id(), Mode.RECORDING, List.of("#"), 0, settings.timeoutSeconds(),
                    null, open.maxSeconds());
        } else {
            awaited = new InputAwaited(question.id(), Mode.KEY, answerKeys(question), 1, settings.timeoutSeconds(),
                    grammar.orElse(null), 0);
        }
        return turn.await(awaited, new AskingQuestion(question.id(), tries));
    }

    Sprint confirm(Turn turn, Question question, int tries, String value, SpeechRecognized heard) {
        turn.emit(new ConfirmationRequested(question.id(), value, heard.text(), heard.confidence()));
        turn.play(book(turn.state).confirm(question, value));
        return turn.await(confirmation(question),
                new ConfirmingAnswer(question.id(), tries, value, heard.text(), heard.confidence()));
    }

    Sprint answered(Turn turn, Question question, Answer answer) {
        turn.emit(new AnswerRecorded(answer));
        return next(turn, question, answer.value());
    }

    Sprint next(Turn turn, Question question, String value) {
        Optional<Question> next = survey.after(question, value);
        return next.isPresent() ? ask(turn, next.get(), 0, false) : finish(turn, question.id());
    }

    boolean hasNext(Question question) {
        return survey.after(question, null).isPresent();
    }

    private Sprint finish(Turn turn, String lastQuestion) {
        turn.play(book(turn.state).closing());
        return turn.end(Outcome.COMPLETED, lastQuestion);
    }

    /** The repeat, call-back and opt-out keys; empty when {@code key} is none of them. */
    Optional<Sprint> control(Turn turn, String key, String at, java.util.function.Supplier<Sprint> repeat) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        Settings.ControlKeys keys = settings.keys();
        if (key.equals(keys.repeat())) {
            turn.emit(new RepeatRequested(at));
            return Optional.of(repeat.get());
        }
        if (key.equals(keys.optOut())) {
            turn.emit(new OptOutRequested(at)).play(book(turn.state).phrasePrompt(Phrase.OPTED_OUT));
            return Optional.of(turn.end(Outcome.OPTED_OUT, at));
        }
        if (key.equals(keys.callback())) {
            turn.emit(new CallbackRequested(at)).play(book(turn.state).phrasePrompt(Phrase.CALLBACK));
            return Optional.of(turn.end(Outcome.CALLBACK_REQUESTED, at));
        }
        return Optional.empty();
    }

    /** The prompts in the chosen language, or before the choice in the known or first language. */
    PromptBook book(SessionState state) {
        Language language = state.language() != null ? state.language()
                : state.knownLanguage() != null ? state.knownLanguage() : survey.languages().get(0);
        return books.get(language);
    }

    double speechConfidence() {
        return settings.speechConfidence();
    }

    int maxTries() {
        return settings.maxTries();
    }

    private InputAwaited confirmation(Question question) {
        return new InputAwaited("confirm/" + question.id(), Mode.KEY, List.of(YES_KEY, NO_KEY), 1,
                settings.timeoutSeconds(), null, 0);
    }

    private static List<String> answerKeys(Question question) {
        if (question instanceof ChoiceQuestion choice) {
            return choice.options().stream().map(option -> option.key()).toList();
        }
        if (question instanceof ScaleQuestion scale) {
            return scale.answerValues();
        }
        return List.of(YesNoQuestion.YES_KEY, YesNoQuestion.NO_KEY);
    }

    private String firstUnanswered(Trigger trigger) {
        Optional<Question> question = Optional.of(survey.questions().get(0));
        while (question.isPresent()) {
            Question current = question.get();
            Answer answer = trigger.earlierAnswers().get(current.id());
            if (answer == null && !trigger.earlierUnanswered().contains(current.id())) {
                return current.id();
            }
            question = survey.after(current, answer == null ? null : answer.value());
        }
        return Branching.END;
    }

    private static String lastStep(Step step) {
        if (step instanceof AskingQuestion asking) {
            return asking.questionId();
        }
        if (step instanceof ConfirmingAnswer confirming) {
            return confirming.questionId();
        }
        return step instanceof ChoosingLanguage ? LANGUAGE : CONSENT;
    }

    static String firstKey(String key) {
        return key == null || key.isEmpty() ? null : key.substring(0, 1);
    }

    /** The events of one sprint being built, with the state they lead to. */
    final class Turn {
        private final List<Event> events = new ArrayList<>();
        SessionState state;

        Turn(SessionState state) {
            this.state = state;
        }

        Turn emit(Event event) {
            events.add(event);
            return this;
        }

        Turn play(Prompt prompt) {
            return emit(new PromptPlayed(prompt));
        }

        Turn play(List<Prompt> prompts, boolean slow) {
            prompts.forEach(prompt -> play(slow ? prompt.slower() : prompt));
            return this;
        }

        Sprint await(InputAwaited awaited, Step step) {
            return new Sprint(events, Optional.of(awaited), state.with(step));
        }

        Sprint end(Outcome outcome, String lastStep) {
            events.add(new SurveyEnded(outcome, lastStep));
            return new Sprint(events, Optional.empty(), state.with(new Finished(outcome)));
        }

        FlowEngine engine() {
            return FlowEngine.this;
        }

        Sprint over() {
            return new Sprint(events, Optional.empty(), state);
        }
    }
}
