package fi.kuuleva.admin.sms;

import fi.kuuleva.survey.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One text in the campaign's languages; Finnish is always there and is sent when the register gives no other. */
public record TextSet(Map<Language, String> texts) {

    public TextSet {
        Objects.requireNonNull(texts.get(Language.FI), "a text needs its Finnish version");
        texts = Map.copyOf(texts);
    }

    /** The text in {@code language}, or the Finnish one when that language has none or is unknown. */
    public String in(Language language) {
        return language == null ? texts.get(Language.FI) : texts.getOrDefault(language, texts.get(Language.FI));
    }

    /** The texts keyed by language code ({@code fi}, {@code sv}, {@code en}), as stored and shown. */
    public Map<String, String> byCode() {
        Map<String, String> codes = new java.util.TreeMap<>();
        texts.forEach((language, text) -> codes.put(language.code(), text));
        return codes;
    }

    public static TextSet ofCodes(Map<String, String> byCode) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        byCode.forEach((code, text) -> texts.put(Language.fromCode(code).orElseThrow(), text));
        return new TextSet(texts);
    }
}
