package fi.kuuleva.speech.rate;

import fi.kuuleva.survey.Language;
import java.util.Locale;
import java.util.Set;

/**
 * Counts the syllables of a text as it is written, per language. Finnish follows its regular syllabification: each
 * syllable has one vowel nucleus (a consonant before a vowel starts the next syllable, which does not change the
 * count); a long vowel or a diphthong (ai, ei, oi, ui, yi, äi, öi, au, eu, iu, ou, ey, iy, äy, öy, and in a word's
 * first syllable ie, uo, yö) is one nucleus; other vowel sequences split (hy-vin-voin-ti-a-lu-een: 7). Swedish and
 * English count groups of vowel letters, an approximation (Swedish "fria" and English "create" count one short; for
 * English a final silent e is not counted and a word-initial y is a consonant). Digits and other non-letters are not
 * counted: texts measured for the rate should spell numbers out. Stateless.
 */
public final class Syllables {

    private static final String FINNISH_VOWELS = "aeiouyäö";
    private static final String SWEDISH_VOWELS = "aeiouyåäö";
    private static final String ENGLISH_VOWELS = "aeiouy";
    private static final Set<String> FINNISH_DIPHTHONGS = Set.of("ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu",
            "iu", "ou", "ey", "iy", "äy", "öy");
    private static final Set<String> FINNISH_FIRST_SYLLABLE_DIPHTHONGS = Set.of("ie", "uo", "yö");

    private Syllables() {
    }

    public static int count(String text, Language language) {
        int syllables = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
                syllables += switch (language) {
                    case FI -> finnish(word);
                    case SV -> vowelGroups(word, SWEDISH_VOWELS);
                    case EN -> english(word);
                };
            }
        }
        return syllables;
    }

    static int finnish(String word) {
        int syllables = 0;
        int nucleus = 0;
        char previous = 0;
        for (char c : word.toCharArray()) {
            if (FINNISH_VOWELS.indexOf(c) < 0) {
                nucleus = 0;
            } else if (nucleus == 1 && (previous == c || diphthong("" + previous + c, syllables == 1))) {
                nucleus = 2;
            } else {
                syllables++;
                nucleus = 1;
            }
            previous = c;
        }
        return syllables;
    }

    private static boolean diphthong(String pair, boolean firstSyllable) {
        return FINNISH_DIPHTHONGS.contains(pair) || firstSyllable && FINNISH_FIRST_SYLLABLE_DIPHTHONGS.contains(pair);
    }

    private static int english(String word) {
        String spoken = word.startsWith("y") ? word.substring(1) : word;
        int groups = vowelGroups(spoken, ENGLISH_VOWELS);
        boolean silentE = spoken.endsWith("e") && !spoken.endsWith("le") && !spoken.endsWith("ee") && groups > 1
                && ENGLISH_VOWELS.indexOf(spoken.charAt(spoken.length() - 2)) < 0;
        return Math.max(silentE ? groups - 1 : groups, word.isEmpty() ? 0 : 1);
    }

    private static int vowelGroups(String word, String vowels) {
        int groups = 0;
        boolean inVowel = false;
        for (char c : word.toCharArray()) {
            boolean vowel = vowels.indexOf(c) >= 0;
            groups += vowel && !inVowel ? 1 : 0;
            inVowel = vowel;
        }
        return groups;
    }
}
