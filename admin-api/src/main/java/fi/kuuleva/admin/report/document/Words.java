package fi.kuuleva.admin.report.document;

import fi.kuuleva.survey.Language;
import java.util.Locale;
import java.util.ResourceBundle;

/** The printable report's own words in one language (words_fi/sv/en.properties beside this class). */
final class Words {

    private final ResourceBundle bundle;
    private final Language language;

    Words(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("fi.kuuleva.admin.report.document.words",
                Locale.forLanguageTag(language.code()), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language language() {
        return language;
    }

    /** The words of key with {0}, {1}, ... replaced by the arguments (no other formatting: apostrophes stay). */
    String get(String key, Object... arguments) {
        String words = bundle.getString(key);
        for (int i = 0; i < arguments.length; i++) {
            words = words.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return words;
    }

    /** A share as a percentage with one decimal in the language's notation, e.g. "42,5 %" or "42.5%". */
    String percent(double share) {
        String number = String.format(Locale.forLanguageTag(language.code()), "%.1f", 100 * share);
        return language == Language.EN ? number + "%" : number + "\u00a0%";
    }
}
