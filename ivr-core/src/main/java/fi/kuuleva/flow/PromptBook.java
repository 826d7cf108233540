package fi.kuuleva.flow;

import fi.kuuleva.survey.ChoiceOption;
import fi.kuuleva.survey.ChoiceQuestion;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.LocalizedText;
import fi.kuuleva.survey.NumberQuestion;
import fi.kuuleva.survey.OpenQuestion;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.ScaleQuestion;
import fi.kuuleva.survey.Settings.ControlKeys;
import fi.kuuleva.survey.SpeechWords;
import fi.kuuleva.survey.Survey;
import fi.kuuleva.survey.YesNoQuestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Every prompt of one survey in one language: the officer's texts and the system phrases around them, each with a
 * stable id. The engine speaks only what this book renders, so {@link #all()} is exactly what a call can play.
 * The script's {@code messages} override the built-in {@link Phrases}. Immutable.
 */
public final class PromptBook {

    private final Survey survey;
    private final Language language;
    private final Phrases phrases;

    public PromptBook(Survey survey, Language language, Phrases phrases) {
        this.survey = survey;
        this.language = language;
        this.phrases = phrases;
    }

    public Language language() {
        return language;
    }

    /** The greeting (if the script has one) and "for Finnish, press 1" for this book's language. */
    List<Prompt> languageMenu() {
        List<Prompt> prompts = new ArrayList<>();
        survey.languageMenu().ifPresent(menu -> prompts.add(text("language-menu", menu)));
        String key = Integer.toString(survey.languages().indexOf(language) + 1);
        prompts.add(prompt("language-option", fill(phrase(Phrase.LANGUAGE_OPTION), "key", key)));
        return prompts;
    }

    Prompt intro() {
        return text("intro", survey.intro());
    }

    Prompt welcomeBack() {
        return phrasePrompt(Phrase.WELCOME_BACK);
    }

    List<Prompt> consent() {
        return List.of(text("consent", survey.consent()), phrasePrompt(Phrase.CONSENT_KEYS));
    }

    /** How the repeat, call-back and opt-out keys work; said once after consent. */
    Prompt keysHelp() {
        ControlKeys keys = survey.settings().keys();
        List<String> sentences = new ArrayList<>();
        sentences.add(fill(phrase(Phrase.HELP_REPEAT), "key", keyName(keys.repeat())));
        if (!keys.callback().isEmpty()) {
            sentences.add(fill(phrase(Phrase.HELP_CALLBACK), "key", keyName(keys.callback())));
        }
        if (!keys.optOut().isEmpty()) {
            sentences.add(fill(phrase(Phrase.HELP_OPT_OUT), "key", keyName(keys.optOut())));
        }
        return prompt("keys-help", String.join(" ", sentences));
    }

    /** The question, how to answer it, and (when spoken answers are on) that speaking works too. */
    List<Prompt> question(Question question, boolean speechOn) {
        String id = "question/" + question.id();
        List<Prompt> prompts = new ArrayList<>();
        prompts.add(text(id, question.text()));
        prompts.add(prompt(id + "/keys", keysText(question)));
        if (speechOn) {
            prompts.add(phrasePrompt(Phrase.SPEECH_HINT));
        }
        return prompts;
    }

    Prompt outOfRange(NumberQuestion question) {
        return prompt("question/" + question.id() + "/out-of-range", fill(phrase(Phrase.OUT_OF_RANGE),
                "min", Integer.toString(question.min()), "max", Integer.toString(question.max())));
    }

    Prompt confirm(Question question, String value) {
        return prompt("question/" + question.id() + "/confirm/" + value,
                fill(phrase(Phrase.CONFIRM), "answer", answerLabel(question, value)));
    }

    Prompt closing() {
        return text("closing", survey.closing());
    }

    Optional<Prompt> voicemail() {
        return survey.voicemail().map(text -> text("voicemail", text));
    }

    Prompt phrasePrompt(Phrase phrase) {
        return prompt("phrase/" + phrase.scriptName(), phrase(phrase));
    }

    /** The words that give each answer when spoken; empty for questions that take no spoken answer. */
    public Optional<SpeechGrammar> grammar(Question question) {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        if (question instanceof YesNoQuestion q && q.speech()) {
            phrases.put(YesNoQuestion.YES, wordsOr(q.yesWords(), Phrase.WORDS_YES));
            phrases.put(YesNoQuestion.NO, wordsOr(q.noWords(), Phrase.WORDS_NO));
        } else if (question instanceof ScaleQuestion q && q.speech()) {
            List<String> numbers = split(phrase(Phrase.WORDS_NUMBERS));
            for (String value : q.answerValues()) {
                SpeechWords words = q.words().get(value);
                phrases.put(value, words != null && !words.in(language).isEmpty()
                        ? words.in(language) : List.of(numbers.get(Integer.parseInt(value))));
            }
        } else if (question instanceof ChoiceQuestion q && q.speech()) {
            q.options().forEach(option -> phrases.put(option.id(), option.words().in(language)));
        } else {
            return Optional.empty();
        }
        return Optional.of(new SpeechGrammar(language, phrases));
    }

    /** Every prompt a call in this language can play, at both rates where the engine may slow down. */
    public List<Prompt> all() {
        List<Prompt> prompts = new ArrayList<>();
        List<Prompt> slowable = new ArrayList<>();
        if (survey.languages().size() > 1) {
            slowable.addAll(languageMenu());
        }
        prompts.add(intro());
        prompts.add(welcomeBack());
        slowable.addAll(consent());
        prompts.add(keysHelp());
        for (Question question : survey.questions()) {
            slowable.addAll(question(question, grammar(question).isPresent()));
            if (question instanceof NumberQuestion number) {
                prompts.add(outOfRange(number));
            }
            grammar(question).ifPresent(grammar ->
                    question.answerValues().forEach(value -> prompts.add(confirm(question, value))));
        }
        prompts.add(closing());
        voicemail().ifPresent(prompts::add);
        for (Phrase phrase : List.of(Phrase.NO_INPUT, Phrase.WRONG_KEY, Phrase.NOT_UNDERSTOOD, Phrase.MOVING_ON,
                Phrase.REFUSED, Phrase.NO_RESPONSE_GOODBYE, Phrase.OPTED_OUT, Phrase.CALLBACK)) {
            prompts.add(phrasePrompt(phrase));
        }
        List<Prompt> all = new ArrayList<>(prompts);
        all.addAll(slowable);
        slowable.forEach(prompt -> all.add(prompt.slower()));
        return all.stream().distinct().toList();
    }

    private String keysText(Question question) {
        if (question instanceof ScaleQuestion q) {
            return fill(phrase(Phrase.SCALE_KEYS), "keys", listOf(q.answerValues()),
                    "min", Integer.toString(q.min()), "max", Integer.toString(q.max()),
                    "minLabel", q.minLabel().in(language), "maxLabel", q.maxLabel().in(language));
        }
        if (question instanceof ChoiceQuestion q) {
            return String.join(" ", q.options().stream()
                    .map(option -> fill(phrase(Phrase.CHOICE_KEY), "option", option.text().in(language),
                            "key", option.key()))
                    .toList());
        }
        if (question instanceof OpenQuestion q) {
            return fill(phrase(Phrase.OPEN_KEYS), "seconds", Integer.toString(q.maxSeconds()));
        }
        return phrase(question instanceof NumberQuestion ? Phrase.NUMBER_KEYS : Phrase.YES_NO_KEYS);
    }

    /** How an answer value is read back to the caller in a confirmation. */
    String answerLabel(Question question, String value) {
        if (question instanceof YesNoQuestion) {
            return phrase(YesNoQuestion.YES.equals(value) ? Phrase.YES : Phrase.NO);
        }
        if (question instanceof ChoiceQuestion q) {
            return q.options().stream().filter(option -> option.id().equals(value))
                    .map(ChoiceOption::text).map(text -> text.in(language)).findFirst().orElse(value);
        }
        return value;
    }

    private List<String> wordsOr(SpeechWords words, Phrase fallback) {
        return words.in(language).isEmpty() ? split(phrase(fallback)) : words.in(language);
    }

    private String listOf(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + phrase(Phrase.OR) + " "
                + items.get(items.size() - 1);
    }

    private String keyName(String key) {
        return switch (key) {
            case "*" -> phrase(Phrase.KEY_STAR);
            case "#" -> phrase(Phrase.KEY_HASH);
            default -> key;
        };
    }

    private String phrase(Phrase phrase) {
        LocalizedText override = survey.messages().get(phrase.scriptName());
        return override != null && override.has(language) ? override.in(language) : phrases.of(phrase, language);
    }

    private Prompt text(String id, LocalizedText text) {
        return prompt(id, text.in(language));
    }

    private Prompt prompt(String id, String text) {
        return new Prompt(id, language, text, false);
    }

    private static List<String> split(String words) {
        return Arrays.stream(words.split(",")).map(String::trim).filter(word -> !word.isEmpty()).toList();
    }

    /** Fills the placeholders; a sentence that starts with one starts with a capital letter. */
    private static String fill(String template, String... namesAndValues) {
        String text = template;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static List<String> digits(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
    }
}
