package fi.kuuleva.telephony.agi;

import fi.kuuleva.flow.SpeechGrammar;
import fi.kuuleva.flow.SpeechRecognized;
import fi.kuuleva.survey.Language;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Speech recognition as the call needs it; implemented over the {@code speech} module's recognizers. Thread-safe:
 * every call's script uses the same instance.
 */
public interface SpeechPort {

    /** Languages with a recognizer; spoken answers are offered only in these. */
    Set<Language> languages();

    /** What was said in {@code wav}, limited to {@code grammar}; empty text and confidence 0 when nothing was. */
    SpeechRecognized recognize(Path wav, SpeechGrammar grammar);

    /** A free-form transcript of a spoken open answer, where the language has a model. */
    Optional<String> transcribe(Path wav, Language language);

    /** No speech recognition: keys only. */
    SpeechPort NONE = new SpeechPort() {
        @Override
        public Set<Language> languages() {
            return Set.of();
        }

        @Override
        public SpeechRecognized recognize(Path wav, SpeechGrammar grammar) {
            return new SpeechRecognized("", 0);
        }

        @Override
        public Optional<String> transcribe(Path wav, Language language) {
            return Optional.empty();
        }
    };
}
