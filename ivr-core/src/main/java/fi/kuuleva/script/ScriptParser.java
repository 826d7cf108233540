package fi.kuuleva.script;

import fi.kuuleva.flow.Phrase;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.LocalizedText;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.Settings;
import fi.kuuleva.survey.Settings.ControlKeys;
import fi.kuuleva.survey.Settings.LanguageStep;
import fi.kuuleva.survey.Settings.Voice;
import fi.kuuleva.survey.Survey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the top level of a script tree into a {@link Survey}, collecting every problem on the way. */
final class ScriptParser {

    private static final Set<String> FIELDS = Node.fieldSet("id", "title", "languages", "settings", "intro",
            "languageMenu", "consent", "questions", "closing", "voicemail", "messages");
    private static final Set<String> KEY_CHARS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#");

    private ScriptParser() {
    }

    /** The survey, or empty when {@code problems} got anything. */
    static Optional<Survey> parse(Node root) {
        if (!root.isObject("a survey script (a map with id, languages, intro, consent, questions, closing)")) {
            return Optional.empty();
        }
        root.onlyFields(FIELDS);
        String id = root.child("id").requiredId("the survey id");
        List<Language> languages = languages(root.child("languages"));
        LocalizedText title = root.child("title").text(languages);
        Settings settings = settings(root.child("settings"), languages);
        LocalizedText intro = root.child("intro").text(languages);
        Optional<LocalizedText> languageMenu = root.child("languageMenu").optionalText(languages);
        LocalizedText consent = root.child("consent").text(languages);
        List<Question> questions = new ArrayList<>();
        List<Node> questionNodes = root.child("questions").elements("questions");
        if (root.child("questions").present() && questionNodes.isEmpty() && root.json.get("questions").isArray()) {
            root.child("questions").problem("is empty: a survey needs at least one question");
        }
        QuestionParser questionParser = new QuestionParser(languages, settings.keys());
        for (Node questionNode : questionNodes) {
            questionParser.parse(questionNode).ifPresent(questions::add);
        }
        LocalizedText closing = root.child("closing").text(languages);
        Optional<LocalizedText> voicemail = root.child("voicemail").optionalText(languages);
        Map<String, LocalizedText> messages = messages(root.child("messages"), languages);
        if (questions.size() == questionNodes.size()) {
            FlowCheck.check(questions, questionNodes, root.problems);
        }
        if (!root.problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Survey(id, title, languages, settings, intro, languageMenu, consent, questions,
                closing, voicemail, messages));
    }

    private static List<Language> languages(Node node) {
        List<Language> languages = new ArrayList<>();
        for (Node element : node.elements("languages (fi, sv, en)")) {
            String code = element.requiredString("a language code");
            Optional<Language> language = Language.fromCode(code);
            if (language.isEmpty()) {
                element.problem("'" + code + "' is not a supported language (use fi, sv or en)");
            } else if (languages.contains(language.get())) {
                element.problem("'" + code + "' is listed twice");
            } else {
                languages.add(language.get());
            }
        }
        if (node.present() && node.json.isArray() && node.json.isEmpty()) {
            node.problem("is empty: list at least one of fi, sv, en");
        }
        return languages;
    }

    private static Settings settings(Node node, List<Language> languages) {
        Settings defaults = Settings.DEFAULTS;
        if (!node.present()) {
            return defaults;
        }
        if (!node.isObject("a map of settings")) {
            return defaults;
        }
        node.onlyFields(Node.fieldSet("keys", "maxTries", "timeoutSeconds", "speechConfidence", "languageStep", "voice",
                "verify"));
        ControlKeys keys = keys(node.child("keys"));
        int maxTries = node.child("maxTries").intOr(defaults.maxTries(), 1, 5);
        int timeout = node.child("timeoutSeconds").intOr(defaults.timeoutSeconds(), 2, 30);
        double confidence = node.child("speechConfidence").doubleOr(defaults.speechConfidence(), 0.0, 1.0);
        LanguageStep step = defaults.languageStep();
        Node stepNode = node.child("languageStep");
        Optional<String> stepName = stepNode.optionalString();
        if (stepName.isPresent()) {
            switch (stepName.get()) {
                case "always" -> step = LanguageStep.ALWAYS;
                case "unknown-only" -> step = LanguageStep.UNKNOWN_ONLY;
                default -> stepNode.problem("'" + stepName.get() + "' is not a language step (use always or unknown-only)");
            }
        }
        Voice voice = voice(node.child("voice"));
        Optional<LocalizedText> verify = node.child("verify").optionalText(languages);
        return new Settings(keys, maxTries, timeout, confidence, step, voice, verify);
    }

    private static ControlKeys keys(Node node) {
        ControlKeys defaults = ControlKeys.DEFAULTS;
        if (!node.present() || !node.isObject("a map of keys (repeat, optOut, callback)")) {
            return defaults;
        }
        node.onlyFields(Node.fieldSet("repeat", "optOut", "callback"));
        String repeat = key(node.child("repeat"), defaults.repeat(), false);
        String optOut = key(node.child("optOut"), defaults.optOut(), true);
        String callback = key(node.child("callback"), defaults.callback(), true);
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, String> entry : Map.of("repeat", repeat, "optOut", optOut, "callback", callback).entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            String other = seen.putIfAbsent(entry.getValue(), entry.getKey());
            if (other != null) {
                node.child(entry.getKey()).problem("key " + entry.getValue() + " is already the " + other + " key");
            }
        }
        return new ControlKeys(repeat, optOut, callback);
    }

    private static String key(Node node, String fallback, boolean mayBeOff) {
        Optional<String> value = node.optionalString();
        if (value.isEmpty()) {
            return fallback;
        }
        if (mayBeOff && (value.get().equals("off") || value.get().isEmpty())) {
            return "";
        }
        if (!KEY_CHARS.contains(value.get())) {
            node.problem("'" + value.get() + "' is not a phone key (use one of 0-9, * or #"
                    + (mayBeOff ? ", or off" : "") + ")");
            return fallback;
        }
        return value.get();
    }

    private static final double MIN_RATE = 3.0;
    private static final double MAX_RATE = 6.0;

    private static Voice voice(Node node) {
        Voice defaults = Voice.DEFAULTS;
        if (!node.present() || !node.isObject("a map of voice settings")) {
            return defaults;
        }
        node.onlyFields(Node.fieldSet("syllablesPerSecond", "slowSyllablesPerSecond", "sentencePauseMillis",
                "wordsPerMinute", "slowWordsPerMinute"));
        double rate = rate(node, "syllablesPerSecond", "wordsPerMinute", defaults.syllablesPerSecond());
        double slow = rate(node, "slowSyllablesPerSecond", "slowWordsPerMinute",
                Math.min(defaults.slowSyllablesPerSecond(), rate));
        if (slow > rate) {
            node.child("slowSyllablesPerSecond").problem("must not be faster than syllablesPerSecond (" + rate + ")");
        }
        int pause = node.child("sentencePauseMillis").intOr(defaults.sentencePauseMillis(), 0, 3000);
        return new Voice(rate, slow, pause);
    }

    /** A rate in syllables/s, or from its old words-per-minute field (espeak-ng's setting), still accepted. */
    private static double rate(Node node, String field, String oldField, double fallback) {
        if (node.child(oldField).present()) {
            if (node.child(field).present()) {
                node.child(oldField).problem("give " + field + " only (" + oldField + " is its old form)");
            }
            double old = Voice.fromWordsPerMinute(node.child(oldField).intOr(140, 80, 250));
            return Math.max(MIN_RATE, Math.min(MAX_RATE, old));
        }
        return node.child(field).doubleOr(fallback, MIN_RATE, MAX_RATE);
    }

    private static Map<String, LocalizedText> messages(Node node, List<Language> languages) {
        Map<String, LocalizedText> messages = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Phrase phrase : Phrase.values()) {
            names.add(phrase.scriptName());
        }
        for (Map.Entry<String, Node> entry : node.fields("a map of system phrases to override").entrySet()) {
            if (!names.contains(entry.getKey())) {
                entry.getValue().problem("'" + entry.getKey() + "' is not a system phrase (known: "
                        + String.join(", ", new java.util.TreeSet<>(names)) + ")");
                continue;
            }
            messages.put(entry.getKey(), entry.getValue().text(languages));
        }
        return messages;
    }
}
