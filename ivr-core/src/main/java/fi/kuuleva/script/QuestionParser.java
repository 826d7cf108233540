package fi.kuuleva.script;

import fi.kuuleva.survey.Branching;
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
import fi.kuuleva.survey.YesNoQuestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one question of a script by its type; cross-question checks are {@link FlowCheck}'s. */
final class QuestionParser {

    private static final List<String> TYPES = List.of("yes_no", "choice", "scale", "number", "open");
    private static final Set<String> COMMON = Set.of("id", "type", "text", "next", "skip");

    private final List<Language> languages;
    private final ControlKeys controlKeys;

    QuestionParser(List<Language> languages, ControlKeys controlKeys) {
        this.languages = languages;
        this.controlKeys = controlKeys;
    }

    Optional<Question> parse(Node node) {
        if (!node.isObject("a question (a map with id, type and text)")) {
            return Optional.empty();
        }
        String id = node.child("id").requiredId("the question id");
        String type = node.child("type").requiredString("the question type (" + String.join(", ", TYPES) + ")");
        LocalizedText text = node.child("text").text(languages);
        Branching branching = branching(node);
        Question question = switch (type) {
            case "yes_no" -> yesNo(node, id, text, branching);
            case "choice" -> choice(node, id, text, branching);
            case "scale" -> scale(node, id, text, branching);
            case "number" -> number(node, id, text, branching);
            case "open" -> open(node, id, text, branching);
            default -> {
                if (!type.isBlank()) {
                    node.child("type").problem("'" + type + "' is not a question type (use one of "
                            + String.join(", ", TYPES) + ")");
                }
                yield null;
            }
        };
        return Optional.ofNullable(question);
    }

    private Branching branching(Node node) {
        Map<String, String> onAnswer = new LinkedHashMap<>();
        node.child("skip").fields("a map from an answer to a question id or 'end'").forEach((answer, target) ->
                onAnswer.put(answer, target.requiredString("a question id or 'end'")));
        return new Branching(onAnswer, node.child("next").optionalString());
    }

    private void fields(Node node, String... specific) {
        List<String> known = new ArrayList<>(List.of("id", "type", "text", "next", "skip"));
        known.addAll(List.of(specific));
        node.onlyFields(known);
    }

    private YesNoQuestion yesNo(Node node, String id, LocalizedText text, Branching branching) {
        fields(node, "speech", "words");
        boolean speech = node.child("speech").booleanOr(false);
        Node words = node.child("words");
        if (words.present()) {
            words.onlyFields(Set.of(YesNoQuestion.YES, YesNoQuestion.NO));
        }
        return new YesNoQuestion(id, text, branching, speech,
                words.child(YesNoQuestion.YES).words(languages, false),
                words.child(YesNoQuestion.NO).words(languages, false));
    }

    private ChoiceQuestion choice(Node node, String id, LocalizedText text, Branching branching) {
        fields(node, "speech", "options");
        boolean speech = node.child("speech").booleanOr(false);
        List<Node> optionNodes = node.child("options").elements("options");
        if (optionNodes.size() > 9 || (node.child("options").present() && optionNodes.size() < 2
                && node.json.get("options").isArray())) {
            node.child("options").problem("has " + optionNodes.size() + " options: a choice needs 2 to 9");
        }
        List<ChoiceOption> options = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (int i = 0; i < optionNodes.size(); i++) {
            Node option = optionNodes.get(i);
            if (!option.isObject("an option (a map with id, text and optionally key and words)")) {
                continue;
            }
            option.onlyFields(Node.fieldSet("id", "key", "text", "words"));
            String optionId = option.child("id").requiredId("the option id");
            String previous = ids.putIfAbsent(optionId, option.path);
            if (previous != null && !optionId.isBlank()) {
                option.child("id").problem("'" + optionId + "' is already the id of " + previous);
            }
            Node keyNode = option.child("key");
            String key = keyNode.optionalString().orElse(Integer.toString(i + 1));
            if (!key.matches("[0-9]")) {
                keyNode.problem("key '" + key + "' is out of range: an option's key is one of 1-9");
            } else if (controlKeys.isControl(key)) {
                (keyNode.present() ? keyNode : option).problem("key " + key + " is the " + controlName(key)
                        + " key (settings.keys): give this option another key or move that key");
            }
            String previousKey = keys.putIfAbsent(key, option.path);
            if (previousKey != null) {
                keyNode.problem("key " + key + " is already the key of " + previousKey);
            }
            LocalizedText optionText = option.child("text").text(languages);
            SpeechWords words = option.child("words").words(languages, speech);
            options.add(new ChoiceOption(optionId, key, optionText, words));
        }
        return new ChoiceQuestion(id, text, branching, speech, options);
    }

    private ScaleQuestion scale(Node node, String id, LocalizedText text, Branching branching) {
        fields(node, "speech", "min", "max", "minLabel", "maxLabel", "words");
        boolean speech = node.child("speech").booleanOr(false);
        int min = node.child("min").intOr(1, 0, 9);
        int max = node.child("max").intOr(5, 0, 9);
        if (min >= max) {
            node.child("min").problem("min " + min + " must be less than max " + max);
        }
        for (int value = min; value <= max; value++) {
            if (controlKeys.isControl(Integer.toString(value))) {
                node.child(value == min ? "min" : "max").problem("the scale " + min + "-" + max + " uses key " + value
                        + ", which is the " + controlName(Integer.toString(value)) + " key (settings.keys)");
            }
        }
        LocalizedText minLabel = node.child("minLabel").text(languages);
        LocalizedText maxLabel = node.child("maxLabel").text(languages);
        Map<String, SpeechWords> words = new HashMap<>();
        node.child("words").fields("a map from a scale value to its words per language").forEach((value, wordsNode) -> {
            if (!value.matches("\\d") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
                wordsNode.problem("'" + value + "' is not a value of the scale " + min + "-" + max);
            }
            words.put(value, wordsNode.words(languages, false));
        });
        return new ScaleQuestion(id, text, branching, speech, min, max, minLabel, maxLabel, words);
    }

    private NumberQuestion number(Node node, String id, LocalizedText text, Branching branching) {
        fields(node, "min", "max");
        Node minNode = node.child("min");
        Node maxNode = node.child("max");
        if (!minNode.present()) {
            minNode.problem("is missing: a number question needs min and max");
        }
        if (!maxNode.present()) {
            maxNode.problem("is missing: a number question needs min and max");
        }
        int min = minNode.intOr(0, 0, 999_999_999);
        int max = maxNode.intOr(min, 0, 999_999_999);
        if (min > max) {
            minNode.problem("min " + min + " is greater than max " + max);
        }
        return new NumberQuestion(id, text, branching, min, max);
    }

    private OpenQuestion open(Node node, String id, LocalizedText text, Branching branching) {
        fields(node, "maxSeconds", "keepRecording");
        int maxSeconds = node.child("maxSeconds").intOr(60, 5, 300);
        boolean keep = node.child("keepRecording").booleanOr(true);
        return new OpenQuestion(id, text, branching, maxSeconds, keep);
    }

    private String controlName(String key) {
        if (key.equals(controlKeys.optOut())) {
            return "opt-out";
        }
        return key.equals(controlKeys.callback()) ? "call-back" : "repeat";
    }
}
