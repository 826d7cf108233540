package fi.kuuleva.flow;

import fi.kuuleva.flow.InputNotAccepted.Reason;
import fi.kuuleva.flow.LanguageChosen.How;
import fi.kuuleva.flow.Step.ConfirmingAnswer;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Question;

/**
 * What a step decided should happen next. Steps never call one another: each returns a {@code Next}, and
 * {@link FlowEngine} hands it to the step that owns it, until the sprint awaits input ({@link Await}) or ends
 * ({@link End}).
 */
sealed interface Next {

    /** The sprint is over: wait for {@code awaited}, standing at {@code step}. */
    record Await(InputAwaited awaited, Step step) implements Next {
    }

    /** The session is over; {@code lastStep} is where it stopped. */
    record End(Outcome outcome, String lastStep) implements Next {
    }

    /** Say the language menu (try {@code tries}, slower when repeated after silence). */
    record OfferLanguages(int tries, boolean slow) implements Next {
    }

    record ChooseLanguage(Language language, How how) implements Next {
    }

    record AskConsent(int tries, boolean slow) implements Next {
    }

    record AskQuestion(Question question, int tries, boolean slow) implements Next {
    }

    /** Go to the first question, or on a resumed call to the first unanswered one. */
    record StartQuestions() implements Next {
    }

    /** Read a spoken answer back for the caller to confirm by key. */
    record Confirm(Question question, ConfirmingAnswer step) implements Next {
    }

    record Answered(Question question, Answer answer) implements Next {
    }

    /** Try {@code tries} of {@code question} gave no answer, for {@code reason} ({@code input} null on silence). */
    record NotAnswered(Question question, int tries, Reason reason, String input) implements Next {
    }

    /** Go on after {@code question}, answered with {@code value} (null when unanswered). */
    record Continue(Question question, String value) implements Next {
    }

    /** Tell an inbound caller what the survey is and what they can ask for (try {@code tries}). */
    record Inform(int tries, boolean slow) implements Next {
    }

    /** Say the closing words; {@code lastQuestion} is null when the survey ended before any question. */
    record Close(String lastQuestion) implements Next {
    }
}
