package fi.kuuleva.flow;

import fi.kuuleva.flow.Step.AskingCallbackTime;
import fi.kuuleva.flow.Step.AskingConsent;
import fi.kuuleva.flow.Step.AskingQuestion;
import fi.kuuleva.flow.Step.ChoosingLanguage;
import fi.kuuleva.flow.Step.ConfirmingAnswer;
import fi.kuuleva.flow.Step.ConfirmingControl;
import fi.kuuleva.flow.Step.Declined;
import fi.kuuleva.flow.Step.Finished;
import fi.kuuleva.flow.Step.Informed;
import fi.kuuleva.flow.Step.Transferring;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import java.util.Optional;
import java.util.Set;

/**
 * The call flow of one survey as a pure state machine: {@link #start} and {@link #resume} take the session state
 * and an input and return a {@link Sprint} of events, the awaited input and the next state. The steps (language,
 * consent, question, confirmation) each return what should happen {@link Next}; this class only hands that to the
 * step that owns it. No I/O, clock or threads inside; instances are immutable and safe to share between calls.
 */
public final class FlowEngine {

    private final Survey survey;
    private final PromptBooks books;
    private final LanguageStep language;
    private final ConsentStep consent;
    private final QuestionStep question;
    private final QuestionRetry retry;
    private final ConfirmationStep confirmation;
    private final Progress progress;
    private final Controls controls;
    private final InfoLine info;

    /** An engine for {@code survey} speaking the built-in {@code phrases} where the script does not override them. */
    public FlowEngine(Survey survey, Phrases phrases) {
        this.survey = survey;
        this.books = new PromptBooks(survey, phrases);
        Controls controls = new Controls(survey, books);
        this.language = new LanguageStep(survey, books, controls);
        this.consent = new ConsentStep(survey, books, controls);
        this.question = new QuestionStep(survey, books, controls);
        this.retry = new QuestionRetry(survey, books);
        this.confirmation = new ConfirmationStep(survey, books, controls);
        this.progress = new Progress(survey, books);
        this.controls = controls;
        this.info = new InfoLine(survey, books, controls);
    }

    public Survey survey() {
        return survey;
    }

    /** The language the session speaks now: chosen, or before the choice the known or the first one. */
    public Language languageOf(SessionState state) {
        return books.of(state).language();
    }

    public Sprint start(Trigger trigger) {
        Language known = trigger.knownLanguage().filter(survey.languages()::contains).orElse(null);
        String resumeAt = trigger.isResumption() ? progress.resumeAt(trigger) : null;
        Turn turn = new Turn(new SessionState(survey.id(), null, known, trigger.speechLanguages(),
                trigger.isResumption(), resumeAt, Set.of(), trigger.voicemailLeft(), new ChoosingLanguage(0),
                trigger.caller(), trigger.staffOnDuty()));
        return run(turn, language.open(known, trigger.isResumption()));
    }

    public Sprint resume(SessionState state, Resume resume) {
        Turn turn = new Turn(state);
        Step step = state.step();
        if (step instanceof Finished) {
            return turn.over();
        }
        if (resume instanceof CallerHungUp) {
            return run(turn, controls.hungUp(turn, step).orElse(new Next.End(Outcome.HUNG_UP, at(step))));
        }
        if (resume instanceof MachineDetected) {
            return machine(turn, state, step);
        }
        String keys = resume instanceof DigitsEntered digits ? digits.digits() : null;
        if (step instanceof ChoosingLanguage choosing) {
            return run(turn, language.on(turn, choosing, keys));
        }
        if (step instanceof AskingConsent asking) {
            return run(turn, consent.on(turn, asking, keys));
        }
        if (step instanceof ConfirmingAnswer confirming) {
            return run(turn, confirmation.on(turn, confirming, keys));
        }
        if (step instanceof ConfirmingControl confirming) {
            return run(turn, controls.confirmed(turn, confirming, keys));
        }
        if (step instanceof Declined declined) {
            return run(turn, controls.declined(turn, declined, keys));
        }
        if (step instanceof AskingCallbackTime asking) {
            return run(turn, controls.callbackTime(turn, asking, keys));
        }
        if (step instanceof Informed informed) {
            return run(turn, info.on(turn, informed, keys));
        }
        if (step instanceof Transferring transferring) {
            return run(turn, controls.transferred(turn, transferring, resume));
        }
        return run(turn, question.on(turn, (AskingQuestion) step, resume, keys));
    }

    /**
     * An answering machine gets the survey's message once per respondent: the sprint that leaves it ends
     * {@link Outcome#VOICEMAIL_LEFT} (the telephony edge speaks it after the machine's beep), any other ends
     * {@link Outcome#MACHINE}.
     */
    private Sprint machine(Turn turn, SessionState state, Step step) {
        Optional<Prompt> message = state.voicemailLeft() ? Optional.empty()
                : books.of(state).voicemail();
        message.ifPresent(turn::play);
        return turn.end(message.isPresent() ? Outcome.VOICEMAIL_LEFT : Outcome.MACHINE, at(step));
    }

    /** Hands each {@link Next} to the step that owns it until the sprint awaits input or the session ends. */
    private Sprint run(Turn turn, Next next) {
        while (true) {
            if (next instanceof Next.Await await) {
                return turn.await(await.awaited(), await.step());
            }
            if (next instanceof Next.End end) {
                return turn.end(end.outcome(), end.lastStep());
            }
            next = dispatch(turn, next);
        }
    }

    private Next dispatch(Turn turn, Next next) {
        if (next instanceof Next.OfferLanguages offer) {
            return language.offer(turn, offer);
        }
        if (next instanceof Next.ChooseLanguage choice) {
            return language.choose(turn, choice);
        }
        if (next instanceof Next.AskConsent ask) {
            return consent.ask(turn, ask);
        }
        if (next instanceof Next.StartQuestions) {
            return progress.start(turn);
        }
        if (next instanceof Next.AskQuestion ask) {
            return question.ask(turn, ask);
        }
        if (next instanceof Next.NotAnswered failed) {
            return retry.on(turn, failed);
        }
        if (next instanceof Next.Confirm confirm) {
            return confirmation.ask(turn, confirm);
        }
        if (next instanceof Next.Answered answered) {
            return progress.answered(turn, answered);
        }
        if (next instanceof Next.Continue from) {
            return progress.after(from);
        }
        if (next instanceof Next.Inform inform) {
            return info.inform(turn, inform);
        }
        if (next instanceof Next.Close close) {
            return progress.close(turn, close);
        }
        throw new IllegalStateException("no step takes " + next);
    }

    /** Where a session stands, as events name it: a question id, {@code language} or {@code consent}. */
    private static String at(Step step) {
        if (step instanceof AskingQuestion asking) {
            return asking.questionId();
        }
        if (step instanceof ConfirmingAnswer confirming) {
            return confirming.questionId();
        }
        if (step instanceof ConfirmingControl confirming) {
            return confirming.at();
        }
        if (step instanceof AskingCallbackTime asking) {
            return asking.at();
        }
        if (step instanceof Transferring transferring) {
            return transferring.at();
        }
        if (step instanceof Informed) {
            return InfoLine.AT;
        }
        return step instanceof ChoosingLanguage ? LanguageStep.AT : ConsentStep.AT;
    }
}
