package fi.kuuleva.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.PromptPlayed;
import fi.kuuleva.speech.Speech;
import fi.kuuleva.speech.SpeechConfig;
import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.prompt.PromptFile;
import fi.kuuleva.speech.prompt.PromptRecordings;
import fi.kuuleva.speech.prompt.RecordedAudio;
import fi.kuuleva.speech.tts.EspeakSynthesizer;
import fi.kuuleva.speech.tts.SpeechRequest;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings.Voice;
import fi.kuuleva.telephony.ami.CallEvent;
import fi.kuuleva.telephony.support.CallHarness;
import fi.kuuleva.telephony.support.LocalAsterisk;
import fi.kuuleva.telephony.support.Resident;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Real calls through the local Asterisk stream the prompt files the speech configuration makes: the officer's
 * recording of a prompt where there is one, and the configured voice elsewhere.
 */
class RecordedPromptCallIT {

    private static final Prompt INTRO = new Prompt("intro", Language.FI, "Tämä on automaattinen testipuhelu.", false);

    @Test
    void theRecordedIntroIsTheFileAsteriskStreams() throws Exception {
        Pcm officer = new EspeakSynthesizer("espeak-ng", Map.of(Language.FI, "fi+f3"))
                .synthesize(new SpeechRequest(INTRO.text(), Language.FI, 150, 400));
        PromptRecordings recordings = (surveyId, prompt) -> surveyId.equals("puhelutesti") && prompt.id().equals("intro")
                && prompt.language() == Language.FI
                ? Optional.of(new RecordedAudio("officer intro", () -> officer)) : Optional.empty();
        try (CallHarness harness = new CallHarness(recordings)) {
            PromptFile recorded = harness.promptFiles.fileFor("puhelutesti", INTRO, harness.survey.settings().voice());
            assertTrue(recorded.recorded());
            String synthesized = Speech.promptFiles(SpeechConfig.defaults(LocalAsterisk.media().resolve("prompts")))
                    .fileFor("puhelutesti", INTRO, harness.survey.settings().voice()).asteriskPath();
            assertNotEquals(synthesized, recorded.asteriskPath());

            // The call-back path in Finnish: the script itself ends the call, after the intro and two more prompts.
            harness.call("recorded", Language.FI, Resident.person().waits(4).presses("0").waits(1).presses("0")
                    .waits(1).presses("2"));
            CallEvent end = harness.awaitCallEnd("recorded", Duration.ofSeconds(60));
            assertInstanceOf(CallEvent.Ended.class, end);
            assertEquals("SUCCESS", ((CallEvent.Ended) end).agiStatus(), "Asterisk streamed every file it was given");
            assertTrue(harness.journal.events("recorded").contains(new PromptPlayed(INTRO)));
            assertEquals(recorded.asteriskPath(), harness.streamed().get(0), "the intro streamed is the recording");
            assertTrue(harness.streamed().stream().noneMatch(synthesized::equals), harness.streamed().toString());
        }
    }

    @Test
    void theConfiguredVoiceIsTheFileAsteriskStreams() throws Exception {
        SpeechConfig standard = SpeechConfig.defaults(LocalAsterisk.media().resolve("prompts"));
        SpeechConfig female = SpeechConfig.of(standard.cacheDir(), "", "wav", "espeak-ng", Map.of(),
                Map.of(Language.FI, "fi+f3"), Map.of());
        String standardIntro = Speech.promptFiles(standard).fileFor("puhelutesti", INTRO, Voice.DEFAULTS)
                .asteriskPath();
        try (CallHarness harness = new CallHarness(female, PromptRecordings.none())) {
            String configured = harness.promptFiles.fileFor("puhelutesti", INTRO, harness.survey.settings().voice())
                    .asteriskPath();
            harness.call("configured", Language.FI, Resident.person().waits(4).presses("0").waits(1).presses("0")
                    .waits(1).presses("2"));
            CallEvent end = harness.awaitCallEnd("configured", Duration.ofSeconds(60));
            assertEquals("SUCCESS", ((CallEvent.Ended) end).agiStatus());
            assertEquals(configured, harness.streamed().get(0), "the intro streamed is in the configured voice");
            assertNotEquals(standardIntro, configured);
        }
    }
}
