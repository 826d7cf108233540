package fi.kuuleva.admin.sms;

import java.util.Locale;
import java.util.Set;

/**
 * Replies that ask not to be called: EI, NEJ or STOP, in any case, with any spaces or punctuation around or inside
 * ("ei", " Stop! ", "E I"). Anything else, even "ei kiitos", is not read as a stop word. Pure.
 */
public final class StopWords {

    static final Set<String> WORDS = Set.of("EI", "NEJ", "STOP");

    private StopWords() {
    }

    public static boolean isStop(String reply) {
        if (reply == null) {
            return false;
        }
        String letters = reply.replaceAll("[\\s\\p{Punct}]", "").toUpperCase(Locale.ROOT);
        return WORDS.contains(letters);
    }
}
