package fi.kuuleva.flow;

import java.util.Locale;

/**
 * The system's own phrases, spoken around the officer's texts. Their wording in fi, sv and en is handed to the engine
 * as {@link Phrases}; a script may override any of them under {@code messages} by {@link #scriptName()}.
 * Placeholders in braces are filled in by {@link PromptBook}.
 */
public enum Phrase {
    LANGUAGE_OPTION,      // {key}
    CONSENT_KEYS,
    RESUMED,
    VERIFY,               // {verify}
    HELP_REPEAT,          // {key}
    HELP_CALLBACK,        // {key}
    HELP_OPT_OUT,         // {key}
    YES_NO_KEYS,
    YES_NO_KEYS_SHORT,
    SCALE_KEYS,           // {keys} {minName} {minLabel} {maxName} {maxLabel}
    SCALE_KEYS_SHORT,     // as SCALE_KEYS
    CHOICE_KEY,           // {option} {key}
    CHOICE_KEY_SHORT,     // {option} {key}, one of a comma-separated list
    NUMBER_KEYS,
    OPEN_KEYS,            // {seconds}
    SPEECH_HINT,
    NO_INPUT,
    WRONG_KEY,            // {keys}
    NOT_UNDERSTOOD,
    OUT_OF_RANGE,         // {min} {max}
    MOVING_ON,
    CONFIRM,              // {answer}
    REFUSED,
    GOODBYE,
    NO_RESPONSE_GOODBYE,
    CONFIRM_OPT_OUT,      // {key}
    OPTED_OUT,
    CONFIRM_CALLBACK,     // {key}
    CALLBACK_TIME,
    CALLBACK,
    CALLED_BACK,
    RESUMED_CALLED_BACK,
    INFO_USE,
    INFO_OFFER_PERSON,    // {key}
    INFO_OFFER_CALLBACK,  // {key}
    INFO_OFFER_OPT_OUT,   // {key}
    INFO_WITHHELD,
    CONFIRM_TRANSFER,     // {key}
    TRANSFERRING,
    TRANSFER_FAILED,
    YES,
    NO,
    OR,
    KEY_STAR,
    KEY_HASH,
    KEY_NAMES,            // comma-separated names of the keys 0..9 as a sentence's subject ("ykkönen", "ettan")
    WORDS_YES,            // comma-separated words a recognizer takes as yes
    WORDS_NO,
    WORDS_NUMBERS;        // comma-separated words for 0..9

    /** The name used in scripts and in phrases.yaml, e.g. {@code no-input}. */
    public String scriptName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
