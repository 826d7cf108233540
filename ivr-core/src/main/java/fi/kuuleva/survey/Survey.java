package fi.kuuleva.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated survey script. Every text exists in every language of {@link #languages()}, question ids are unique
 * and every branch goes forward to an existing question: {@code fi.kuuleva.script.SurveyScripts} only builds valid
 * surveys.
 *
 * @param languageMenu the language-menu prompt per language, when the survey has several languages
 * @param voicemail    an optional message left when an answering machine picks up
 * @param messages     officer overrides of the built-in system phrases, by phrase name
 */
public record Survey(String id, LocalizedText title, List<Language> languages, Settings settings,
                     LocalizedText intro, Optional<LocalizedText> languageMenu, LocalizedText consent,
                     List<Question> questions, LocalizedText closing, Optional<LocalizedText> voicemail,
                     Map<String, LocalizedText> messages) {

    public Survey {
        languages = List.copyOf(languages);
        questions = List.copyOf(questions);
        messages = Map.copyOf(messages);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    public int indexOf(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no question '" + questionId + "' in survey " + id);
    }

    /** The question after {@code current} given its answer value (null when unanswered); empty at the end. */
    public Optional<Question> after(Question current, String answerValue) {
        Branching branching = current.branching();
        String target = answerValue == null ? null : branching.onAnswer().get(answerValue);
        if (target == null) {
            target = branching.next().orElse(null);
        }
        if (target == null) {
            int index = indexOf(current.id()) + 1;
            return index < questions.size() ? Optional.of(questions.get(index)) : Optional.empty();
        }
        return Branching.END.equals(target) ? Optional.empty() : question(target);
    }
}
