package fi.kuuleva.flow;

/** The keys of the yes/no steps (consent and confirmation), and the one key a step reads from what was pressed. */
final class Keys {

    static final String YES = "1";
    static final String NO = "2";

    /** Wrong keys in one try that are only told which keys work; the next one costs the try, so every call ends. */
    static final int WRONG_KEYS_PER_TRY = 3;

    private Keys() {
    }

    /** The first key pressed, or null for none. */
    static String first(String keys) {
        return keys == null || keys.isEmpty() ? null : keys.substring(0, 1);
    }
}
