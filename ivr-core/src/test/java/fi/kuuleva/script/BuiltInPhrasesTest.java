package fi.kuuleva.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuuleva.flow.Phrase;
import fi.kuuleva.survey.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped wording is complete and read once; wording with a gap is refused naming the gap. */
class BuiltInPhrasesTest {

    @Test
    void theShippedWordingCoversEveryPhraseInEveryLanguage() {
        assertEquals("For English, press {key}.", BuiltInPhrases.phrases().of(Phrase.LANGUAGE_OPTION, Language.EN));
        assertEquals("Suomeksi, paina {key}.", BuiltInPhrases.phrases().of(Phrase.LANGUAGE_OPTION, Language.FI));
        assertSame(BuiltInPhrases.phrases(), BuiltInPhrases.phrases(), "read once and shared");
    }

    @Test
    void wordingWithAGapIsRefusedByName() {
        String yaml = "language-option:\n  fi: Suomeksi\n  sv: På svenska\n";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> BuiltInPhrases.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
        assertEquals("no wording for language-option.en", refused.getMessage());
    }
}
