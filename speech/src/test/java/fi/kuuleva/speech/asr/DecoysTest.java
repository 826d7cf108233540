package fi.kuuleva.speech.asr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecoysTest {

    @Test
    void englishHasBuiltInPhrasesThatAvoidAnswerSoundAlikes() {
        Set<String> english = Decoys.of(Language.EN);

        assertTrue(english.contains("hello") && english.contains("i don't know"), english.toString());
        for (String soundsLikeAnAnswer : new String[] {"know", "to", "for", "won", "i", "fine"}) {
            assertTrue(!english.contains(soundsLikeAnAnswer), soundsLikeAnAnswer);
        }
    }

    @Test
    void aCountysListBesideTheModelWins(@TempDir Path model) throws IOException {
        Files.writeString(model.resolve("decoys.txt"), "# svenska\nHallå\nvad sa du\n\n");

        assertEquals(Set.of("hallå", "vad sa du"), Decoys.of(Language.SV, model));
        assertEquals(Set.of(), Decoys.of(Language.SV));
        assertEquals(Decoys.of(Language.EN), Decoys.of(Language.EN, model.resolve("none")));
    }
}
