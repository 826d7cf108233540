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
    private final AnswerInstructions instructions = new AnswerInstructions(this);

    public PromptBook(Survey survey, Language language, Phrases phrases) {
        this.survey = survey;
        this.language = language;
        this.phrases = phrases;
    }

    public Language language() {
        return language;
    }

    /** The script's greeting, said once at the start of a call in this book's language; empty if it has none. */
    Optional<Prompt> greeting() {
        return survey.languageMenu().map(menu -> text("language-menu", menu));
    }

    /** "For Finnish, press 1", in this book's language. */
    Prompt languageOption() {
        String key = Integer.toString(survey.languages().indexOf(language) + 1);
        return prompt("language-option", fill(phrase(Phrase.LANGUAGE_OPTION), "key", key));
    }

    Prompt intro() {
        return text("intro", survey.intro());
    }

    /** One sentence on how to check that the call is genuine, when the survey names a way. */
    Optional<Prompt> verify() {
        return survey.settings().verify().map(where -> prompt("verify",
                fill(phrase(Phrase.VERIFY), "verify", where.in(language))));
    }

    /** What a resumed call says instead of the intro. */
    Prompt resumed() {
        return phrasePrompt(Phrase.RESUMED);
    }

    List<Prompt> consent() {
        return List.of(text("consent", survey.consent()), phrasePrompt(Phrase.CONSENT_KEYS));
    }

    /** After a refusal: that it is fine, then how to ask for a call-back or opt out, for the keys that are on. */
    List<Prompt> declined() {
        ControlKeys keys = survey.settings().keys();
        List<Prompt> prompts = new ArrayList<>();
        prompts.add(phrasePrompt(Phrase.REFUSED));
        if (!keys.callback().isEmpty()) {
            prompts.add(keyed(Phrase.HELP_CALLBACK, keys.callback()));
        }
        if (!keys.optOut().isEmpty()) {
            prompts.add(keyed(Phrase.HELP_OPT_OUT, keys.optOut()));
        }
        return prompts;
    }

    /** A phrase whose {@code {key}} is a control key, named as the caller hears it. */
    Prompt keyed(Phrase phrase, String key) {
        return prompt("phrase/" + phrase.scriptName(), fill(phrase(phrase), "key", keyName(key)));
    }

    /**
     * The question, how to answer it (in full, or in the short form when {@code full} is false and the question
     * has one), when spoken answers are on and the instructions are full that speaking works too, and when
     * {@code repeatHint} how to hear it again.
     */
    List<Prompt> question(Question question, boolean speechOn, boolean full, boolean repeatHint) {
        String id = "question/" + question.id();
        List<Prompt> prompts = new ArrayList<>();
        prompts.add(text(id, question.text()));
        boolean longForm = full || AnswerInstructions.kind(question).isEmpty();
        prompts.add(longForm ? prompt(id + "/keys", instructions.full(question))
                : prompt(id + "/keys-short", instructions.brief(question)));
        if (speechOn && longForm) {
            prompts.add(phrasePrompt(Phrase.SPEECH_HINT));
        }
        if (repeatHint) {
            prompts.add(keyed(Phrase.HELP_REPEAT, survey.settings().keys().repeat()));
        }
        return prompts;
    }

    /** A wrong key: it does not work here, and which keys do ({@code at} a question id or a step). */
    Prompt wrongKey(String at, List<String> keys) {
        return prompt(at.equals("consent") ? "consent/wrong-key" : "question/" + at + "/wrong-key",
                fill(phrase(Phrase.WRONG_KEY), "keys", listOf(keys)));
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
        ControlKeys keys = survey.settings().keys();
        if (survey.languages().size() > 1) {
            slowable.add(languageOption());
        }
        greeting().ifPresent(slowable::add);
        prompts.add(intro());
        verify().ifPresent(prompts::add);
        prompts.add(resumed());
        slowable.addAll(consent());
        prompts.add(wrongKey("consent", List.of(Keys.YES, Keys.NO)));
        prompts.addAll(declined());
        for (Question question : survey.questions()) {
            boolean speech = grammar(question).isPresent();
            slowable.addAll(question(question, speech, true, true));
            slowable.addAll(question(question, speech, false, false));
            if (question instanceof NumberQuestion number) {
                prompts.add(outOfRange(number));
            }
            if (AnswerInstructions.kind(question).isPresent()) {
                prompts.add(wrongKey(question.id(), KeyAnswers.keys(question)));
            }
            grammar(question).ifPresent(grammar ->
                    question.answerValues().forEach(value -> prompts.add(confirm(question, value))));
        }
        prompts.add(closing());
        voicemail().ifPresent(prompts::add);
        for (Phrase phrase : List.of(Phrase.NO_INPUT, Phrase.NOT_UNDERSTOOD, Phrase.MOVING_ON, Phrase.GOODBYE,
                Phrase.NO_RESPONSE_GOODBYE, Phrase.OPTED_OUT, Phrase.CALLBACK_TIME, Phrase.CALLBACK, Phrase.CALLED_BACK,
                Phrase.RESUMED_CALLED_BACK, Phrase.INFO_USE, Phrase.INFO_WITHHELD, Phrase.TRANSFERRING,
                Phrase.TRANSFER_FAILED)) {
            prompts.add(phrasePrompt(phrase));
        }
        if (!keys.optOut().isEmpty()) {
            prompts.add(keyed(Phrase.CONFIRM_OPT_OUT, keys.optOut()));
        }
        if (!keys.callback().isEmpty()) {
            prompts.add(keyed(Phrase.CONFIRM_CALLBACK, keys.callback()));
            prompts.add(keyed(Phrase.CONFIRM_TRANSFER, keys.callback()));
            slowable.add(keyed(Phrase.INFO_OFFER_PERSON, keys.callback()));
            slowable.add(keyed(Phrase.INFO_OFFER_CALLBACK, keys.callback()));
        }
        if (!keys.optOut().isEmpty()) {
            slowable.add(keyed(Phrase.INFO_OFFER_OPT_OUT, keys.optOut()));
        }
        slowable.add(intro());
        verify().ifPresent(slowable::add);
        slowable.add(phrasePrompt(Phrase.INFO_USE));
        List<Prompt> all = new ArrayList<>(prompts);
        all.addAll(slowable);
        slowable.forEach(prompt -> all.add(prompt.slower()));
        return all.stream().distinct().toList();
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

    String listOf(List<String> items) {
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

    /** The wording of {@code phrase} in this book's language: the script's override, else the built-in one. */
    String phrase(Phrase phrase) {
        LocalizedText override = survey.messages().get(phrase.scriptName());
        return override != null && override.has(language) ? override.in(language) : phrases.of(phrase, language);
    }

    private Prompt text(String id, LocalizedText text) {
        return prompt(id, text.in(language));
    }

    private Prompt prompt(String id, String text) {
        return new Prompt(id, language, text, false);
    }

    static List<String> split(String words) {
        return Arrays.stream(words.split(",")).map(String::trim).filter(word -> !word.isEmpty()).toList();
    }

    /** Fills the placeholders; a sentence that starts with one starts with a capital letter. */
    static String fill(String template, String... namesAndValues) {
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
