package fi.kuuleva.survey;

import java.util.Optional;

/**
 * How a survey behaves on the phone; every field has a default chosen for older listeners.
 *
 * @param keys            the keys that work at any prompt
 * @param maxTries        how many times a question is asked before it is recorded as unanswered
 * @param timeoutSeconds  how long to wait for a key or speech after a prompt ends
 * @param speechConfidence spoken answers below this confidence are confirmed, never taken as given
 * @param languageStep    when the language menu is played
 * @param voice           speech rate and pauses for synthesized prompts
 * @param verify          how a resident can check that the call is genuine (the county's public number or web
 *                        page), said in the intro as the end of one sentence; empty to say nothing
 */
public record Settings(ControlKeys keys, int maxTries, int timeoutSeconds, double speechConfidence,
                       LanguageStep languageStep, Voice voice, Optional<LocalizedText> verify) {

    public static final Settings DEFAULTS = new Settings(ControlKeys.DEFAULTS, 2, 8, 0.75,
            LanguageStep.ALWAYS, Voice.DEFAULTS, Optional.empty());

    /** When the language choice is offered in a survey with several languages. */
    public enum LanguageStep {
        /**
         * Always: the full menu when the respondent's language is unknown; when it is known, the call starts in it
         * and one short line offers the others, silence keeping the known one.
         */
        ALWAYS,
        /** Only when the respondent's language is not known. */
        UNKNOWN_ONLY
    }

    /** Keys that work at any prompt (except inside a number being keyed in). Empty disables opt-out or call-back. */
    public record ControlKeys(String repeat, String optOut, String callback) {
        public static final ControlKeys DEFAULTS = new ControlKeys("*", "9", "0");

        public boolean isControl(String key) {
            return key.equals(repeat) || key.equals(optOut) || key.equals(callback);
        }
    }

    /**
     * Speech rate in syllables per second as residents hear it (normal, and slow for repeats), the same measure in
     * every language and synthesizer, and the pause between sentences. Defaults: 4.0 and 3.3 syllables/s, 400 ms.
     */
    public record Voice(double syllablesPerSecond, double slowSyllablesPerSecond, int sentencePauseMillis) {
        public static final Voice DEFAULTS = new Voice(4.0, 3.3, 400);

        public Voice {
            if (!(syllablesPerSecond >= 2 && syllablesPerSecond <= 8) || !(slowSyllablesPerSecond >= 2
                    && slowSyllablesPerSecond <= 8)) {
                throw new IllegalArgumentException("speech rate " + syllablesPerSecond + " / " + slowSyllablesPerSecond
                        + " is not 2-8 syllables per second (words per minute are no longer taken here)");
            }
        }

        /** The rate an old script's {@code wordsPerMinute} (espeak-ng's setting) is read as: 140 is 4.0/s. */
        public static double fromWordsPerMinute(int wordsPerMinute) {
            return Math.round(wordsPerMinute / 3.5) / 10.0;
        }
    }
}
