package fi.kuuleva.speech.timing;

import fi.kuuleva.flow.DigitsEntered;
import fi.kuuleva.flow.InputAwaited;
import fi.kuuleva.flow.InputTimedOut;
import fi.kuuleva.flow.RecordingCaptured;
import fi.kuuleva.flow.Resume;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.NumberQuestion;
import fi.kuuleva.survey.Survey;

/**
 * The resident of a timing run: when the call starts in their language (the register gave it) they press nothing at
 * the offer of the other languages and the call waits out its time; otherwise they choose {@code language} by its
 * key at the menu. Then they give consent and answers every question with
 * the first key that answers it (the smallest allowed number, then #), speaks an open answer and ends it with #. It
 * never repeats, stays silent at a question or presses a wrong key. Immutable.
 */
record AllKeysResident(Survey survey, Language language, boolean languageKnown) {

    static final String LANGUAGE_STEP = "language";

    /** What the resident does when {@code awaited}. */
    Resume answer(InputAwaited awaited) {
        if (awaited.at().equals(LANGUAGE_STEP)) {
            if (languageKnown) {
                return new InputTimedOut(); // the call already speaks their language: nothing to press
            }
            String key = Integer.toString(survey.languages().indexOf(language) + 1);
            return awaited.keys().contains(key) ? new DigitsEntered(key) : new InputTimedOut();
        }
        return switch (awaited.mode()) {
            case KEY -> new DigitsEntered(awaited.keys().get(0));
            case DIGITS -> new DigitsEntered(Integer.toString(smallestNumber(awaited.at())));
            case RECORDING -> new RecordingCaptured("timing-" + awaited.at(), 5, null);
            case TRANSFER -> new fi.kuuleva.flow.TransferEnded(false); // never asked for: it presses no 0
        };
    }

    /** The keys pressed for {@code resume}: one per digit, plus the # that ends a number or a recording. */
    static int keyPresses(InputAwaited awaited, Resume resume) {
        int digits = resume instanceof DigitsEntered entered ? entered.digits().length() : 0;
        return digits + (awaited.mode() == InputAwaited.Mode.KEY ? 0 : 1);
    }

    private int smallestNumber(String questionId) {
        return survey.question(questionId).filter(NumberQuestion.class::isInstance).map(NumberQuestion.class::cast)
                .map(NumberQuestion::min).orElse(0);
    }
}
