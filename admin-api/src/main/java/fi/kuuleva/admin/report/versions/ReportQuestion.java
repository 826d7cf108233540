package fi.kuuleva.admin.report.versions;

import fi.kuuleva.survey.ChoiceOption;
import fi.kuuleva.survey.ChoiceQuestion;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.LocalizedText;
import fi.kuuleva.survey.NumberQuestion;
import fi.kuuleva.survey.OpenQuestion;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.ScaleQuestion;
import fi.kuuleva.survey.YesNoQuestion;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A question as a report shows it: its text per language and its answer values with labels in the survey's first
 * language. Open questions are listed without options: their answers are never counted.
 */
@Serdeable
public record ReportQuestion(String id, String type, Map<String, String> text, List<Option> options) {

    /** One answer value and its label. */
    @Serdeable
    public record Option(String value, String label) {
    }

    public static ReportQuestion of(Question question, Language first) {
        Map<String, String> text = new LinkedHashMap<>();
        question.text().texts().forEach((language, words) -> text.put(language.code(), words));
        return new ReportQuestion(question.id(), type(question), text, options(question, first));
    }

    private static String type(Question question) {
        if (question instanceof YesNoQuestion) {
            return "yes_no";
        } else if (question instanceof ChoiceQuestion) {
            return "choice";
        } else if (question instanceof ScaleQuestion) {
            return "scale";
        } else if (question instanceof NumberQuestion) {
            return "number";
        }
        return "open";
    }

    private static List<Option> options(Question question, Language first) {
        List<Option> options = new ArrayList<>();
        if (question instanceof YesNoQuestion) {
            options.add(new Option(YesNoQuestion.YES, yesNo(first, true)));
            options.add(new Option(YesNoQuestion.NO, yesNo(first, false)));
        } else if (question instanceof ChoiceQuestion choice) {
            for (ChoiceOption option : choice.options()) {
                options.add(new Option(option.id(), label(option.text(), first, option.id())));
            }
        } else if (question instanceof ScaleQuestion scale) {
            for (String value : scale.answerValues()) {
                String end = value.equals(Integer.toString(scale.min())) ? label(scale.minLabel(), first, null)
                        : value.equals(Integer.toString(scale.max())) ? label(scale.maxLabel(), first, null) : null;
                options.add(new Option(value, end == null ? value : value + " (" + end + ")"));
            }
        } else if (question instanceof OpenQuestion) {
            return List.of();
        }
        return options;
    }

    private static String label(LocalizedText text, Language language, String fallback) {
        return text != null && text.has(language) ? text.in(language) : fallback;
    }

    private static String yesNo(Language language, boolean yes) {
        switch (language) {
            case SV:
                return yes ? "ja" : "nej";
            case EN:
                return yes ? "yes" : "no";
            default:
                return yes ? "kyllä" : "ei";
        }
    }
}
