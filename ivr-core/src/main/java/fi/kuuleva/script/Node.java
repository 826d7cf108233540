package fi.kuuleva.script;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.LocalizedText;
import fi.kuuleva.survey.SpeechWords;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A value of a script being read, with its JSON path. Accessors report what is wrong to {@link Problems} and return
 * something usable, so that reading goes on and every problem is found in one pass.
 */
final class Node {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    final JsonNode json;
    final String path;
    final Problems problems;

    Node(JsonNode json, String path, Problems problems) {
        this.json = json;
        this.path = path;
        this.problems = problems;
    }

    String childPath(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    Node child(String field) {
        return new Node(json == null ? null : json.get(field), childPath(field), problems);
    }

    boolean present() {
        return json != null && !json.isNull();
    }

    void problem(String message) {
        problems.add(path, message);
    }

    boolean isObject(String what) {
        if (present() && json.isObject()) {
            return true;
        }
        problem(present() ? "must be " + what + ", not " + describe(json) : "is missing: " + what + " is required");
        return false;
    }

    /** Reports fields this object does not know (typically typos) with the fields it does. */
    void onlyFields(Collection<String> known) {
        if (!present() || !json.isObject()) {
            return;
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(childPath(name), "unknown field '" + name + "' (expected one of " + String.join(", ", known) + ")");
            }
        }
    }

    Optional<String> optionalString() {
        if (!present()) {
            return Optional.empty();
        }
        if (!json.isTextual() && !json.isNumber() && !json.isBoolean()) {
            problem("must be text, not " + describe(json));
            return Optional.empty();
        }
        return Optional.of(json.asText());
    }

    String requiredString(String what) {
        Optional<String> value = optionalString();
        if (value.isEmpty() && !present()) {
            problem("is missing: " + what + " is required");
        } else if (value.isPresent() && value.get().isBlank()) {
            problem("is empty: " + what + " is required");
        }
        return value.orElse("");
    }

    String requiredId(String what) {
        String id = requiredString(what);
        if (!id.isBlank() && !ID.matcher(id).matches()) {
            problem("'" + id + "' is not a valid id: use lower-case letters, digits, '_' and '-' (at most 64)");
        }
        return id;
    }

    OptionalInt optionalInt(int min, int max) {
        if (!present()) {
            return OptionalInt.empty();
        }
        if (!json.isIntegralNumber()) {
            problem("must be a whole number, not " + describe(json));
            return OptionalInt.empty();
        }
        int value = json.asInt();
        if (value < min || value > max) {
            problem(value + " is out of range: must be from " + min + " to " + max);
            return OptionalInt.empty();
        }
        return OptionalInt.of(value);
    }

    int intOr(int fallback, int min, int max) {
        return optionalInt(min, max).orElse(fallback);
    }

    double doubleOr(double fallback, double min, double max) {
        if (!present()) {
            return fallback;
        }
        if (!json.isNumber() || json.asDouble() < min || json.asDouble() > max) {
            problem("must be a number from " + min + " to " + max + ", not " + describe(json));
            return fallback;
        }
        return json.asDouble();
    }

    boolean booleanOr(boolean fallback) {
        if (!present()) {
            return fallback;
        }
        if (!json.isBoolean()) {
            problem("must be true or false, not " + describe(json));
            return fallback;
        }
        return json.asBoolean();
    }

    List<Node> elements(String what) {
        if (!present()) {
            problem("is missing: " + what + " is required");
            return List.of();
        }
        if (!json.isArray()) {
            problem("must be a list of " + what + ", not " + describe(json));
            return List.of();
        }
        List<Node> elements = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            elements.add(new Node(json.get(i), path + "[" + i + "]", problems));
        }
        return elements;
    }

    /** The fields of an object in script order; an empty map (with a problem) when this is not an object. */
    Map<String, Node> fields(String what) {
        Map<String, Node> fields = new LinkedHashMap<>();
        if (!present()) {
            return fields;
        }
        if (!json.isObject()) {
            problem("must be " + what + ", not " + describe(json));
            return fields;
        }
        json.fieldNames().forEachRemaining(name -> fields.put(name, child(name)));
        return fields;
    }

    /** A text with a non-empty entry for each of {@code languages}. */
    LocalizedText text(List<Language> languages) {
        if (!present()) {
            problem("is missing: a text in " + codes(languages) + " is required");
            return new LocalizedText(Map.of());
        }
        if (json.isTextual() && languages.size() == 1) {
            String text = json.asText();
            if (text.isBlank()) {
                problem("is empty");
            }
            return LocalizedText.of(languages.get(0), text);
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Map.Entry<String, Node> entry : fields("a text per language, e.g. {fi: ..., sv: ...}").entrySet()) {
            Optional<Language> language = language(entry.getKey(), entry.getValue());
            language.ifPresent(lang -> entry.getValue().optionalString().ifPresent(text -> texts.put(lang, text)));
        }
        if (!json.isObject()) {
            return new LocalizedText(texts);
        }
        for (Language language : languages) {
            String text = texts.get(language);
            if (text == null) {
                problems.add(childPath(language.code()), "missing " + languageName(language) + " text");
            } else if (text.isBlank()) {
                problems.add(childPath(language.code()), "empty " + languageName(language) + " text");
            }
        }
        return new LocalizedText(texts);
    }

    Optional<LocalizedText> optionalText(List<Language> languages) {
        return present() ? Optional.of(text(languages)) : Optional.empty();
    }

    /** Words per language; every survey language needs at least one word when {@code required}. */
    SpeechWords words(List<Language> languages, boolean required) {
        Map<Language, List<String>> words = new EnumMap<>(Language.class);
        for (Map.Entry<String, Node> entry : fields("a list of words per language, e.g. {fi: [kyllä, joo]}").entrySet()) {
            Node list = entry.getValue();
            Optional<Language> language = language(entry.getKey(), list);
            List<String> texts = new ArrayList<>();
            for (Node word : list.elements("words")) {
                String text = word.requiredString("a word").trim().toLowerCase(java.util.Locale.ROOT);
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
            language.ifPresent(lang -> words.put(lang, texts));
        }
        if (required) {
            for (Language language : languages) {
                if (words.getOrDefault(language, List.of()).isEmpty()) {
                    problems.add(present() ? childPath(language.code()) : path,
                            "missing " + languageName(language) + " speech words (speech answers are on)");
                }
            }
        }
        return new SpeechWords(words);
    }

    private Optional<Language> language(String code, Node at) {
        Optional<Language> language = Language.fromCode(code);
        if (language.isEmpty()) {
            at.problem("'" + code + "' is not a supported language (use fi, sv or en)");
        }
        return language;
    }

    static String languageName(Language language) {
        return switch (language) {
            case FI -> "Finnish";
            case SV -> "Swedish";
            case EN -> "English";
        };
    }

    static String codes(Collection<Language> languages) {
        return String.join(", ", languages.stream().map(Language::code).toList());
    }

    static String describe(JsonNode json) {
        if (json.isObject()) {
            return "a map";
        }
        if (json.isArray()) {
            return "a list";
        }
        return "'" + json.asText() + "'";
    }

    static Set<String> fieldSet(String... names) {
        return new java.util.LinkedHashSet<>(List.of(names));
    }
}
