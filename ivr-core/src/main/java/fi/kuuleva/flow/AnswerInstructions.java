package fi.kuuleva.flow;

import fi.kuuleva.survey.ChoiceQuestion;
import fi.kuuleva.survey.NumberQuestion;
import fi.kuuleva.survey.OpenQuestion;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.ScaleQuestion;
import fi.kuuleva.survey.YesNoQuestion;
import java.util.List;
import java.util.Optional;

/**
 * How to answer a question by key, in one {@link PromptBook}'s language: in full ("Paina 1, 2, 3, 4 tai 5. Ykkönen
 * tarkoittaa ...") the first time a kind of question comes up in a call, and in a short form after. Immutable.
 */
final class AnswerInstructions {

    private final PromptBook book;

    AnswerInstructions(PromptBook book) {
        this.book = book;
    }

    /**
     * The kind of answer instructions a question has a short form of ({@code scale}, {@code choice},
     * {@code yes-no}); empty for questions always explained in full.
     */
    static Optional<String> kind(Question question) {
        if (question instanceof ScaleQuestion) {
            return Optional.of("scale");
        }
        if (question instanceof ChoiceQuestion) {
            return Optional.of("choice");
        }
        return question instanceof YesNoQuestion ? Optional.of("yes-no") : Optional.empty();
    }

    /** How to answer {@code question}, in full. */
    String full(Question question) {
        if (question instanceof ScaleQuestion q) {
            return scaleText(Phrase.SCALE_KEYS, q);
        }
        if (question instanceof ChoiceQuestion q) {
            return String.join(" ", q.options().stream()
                    .map(option -> PromptBook.fill(book.phrase(Phrase.CHOICE_KEY),
                            "option", option.text().in(book.language()), "key", option.key()))
                    .toList());
        }
        if (question instanceof OpenQuestion q) {
            return PromptBook.fill(book.phrase(Phrase.OPEN_KEYS), "seconds", Integer.toString(q.maxSeconds()));
        }
        return book.phrase(question instanceof NumberQuestion ? Phrase.NUMBER_KEYS : Phrase.YES_NO_KEYS);
    }

    /** The short form, for a question of a kind already explained in this call (see {@link #kind}). */
    String brief(Question question) {
        if (question instanceof ScaleQuestion q) {
            return scaleText(Phrase.SCALE_KEYS_SHORT, q);
        }
        if (question instanceof ChoiceQuestion q) {
            return PromptBook.fill(String.join(", ", q.options().stream()
                    .map(option -> book.phrase(Phrase.CHOICE_KEY_SHORT)
                            .replace("{option}", option.text().in(book.language())).replace("{key}", option.key()))
                    .toList()) + ".");
        }
        return book.phrase(Phrase.YES_NO_KEYS_SHORT);
    }

    private String scaleText(Phrase phrase, ScaleQuestion q) {
        return PromptBook.fill(book.phrase(phrase), "keys", book.listOf(q.answerValues()),
                "minName", capitalized(keyNameOf(q.min())), "maxName", keyNameOf(q.max()),
                "minLabel", q.minLabel().in(book.language()), "maxLabel", q.maxLabel().in(book.language()));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A digit as the subject of a sentence ("ykkönen", "ettan"); other numbers as they are. */
    private String keyNameOf(int number) {
        List<String> names = PromptBook.split(book.phrase(Phrase.KEY_NAMES));
        return number >= 0 && number < names.size() ? names.get(number) : Integer.toString(number);
    }
}
