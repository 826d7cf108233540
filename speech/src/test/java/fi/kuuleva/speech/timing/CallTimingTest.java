package fi.kuuleva.speech.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.speech.Speech;
import fi.kuuleva.speech.SpeechConfig;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The timing tool's figures for a tiny script against the same prompt files measured by sox ({@code soxi -D}), a
 * reader that shares no code with ours, summed here by hand.
 */
class CallTimingTest {

    private static Survey survey;
    private static PromptFiles files;
    private static CallTiming timing;

    @BeforeAll
    static void synthesizer(@org.junit.jupiter.api.io.TempDir Path cache) throws Exception {
        Requirements.espeakNg();
        survey = SurveyScripts.read(Path.of(CallTimingTest.class.getResource("/timing-test.yaml").toURI()));
        files = Speech.promptFiles(SpeechConfig.defaults(cache));
        timing = new CallTiming(files);
    }

    @ParameterizedTest
    @EnumSource(Start.class)
    void figuresAreTheSumsOfTheFilesTheCallPlays(Start start) throws Exception {
        for (Language language : survey.languages()) {
            TimingFigures figures = timing.measure(survey, language, start);
            List<PlayedPrompt> played = figures.played();

            double before = 0;
            double total = 0;
            double longest = 0;
            for (int i = 0; i < played.size(); i++) {
                double seconds = soxSeconds(played.get(i).prompt());
                before += i < figures.beforeFirstQuestion() ? seconds : 0;
                total += seconds;
                longest = Math.max(longest, seconds);
            }
            // a resident whose language the register gives presses nothing at the offer: the call waits it out
            double offerWait = start == Start.KNOWN_LANGUAGE && survey.languages().size() > 1 ? 3 : 0;
            assertEquals(offerWait * 1000, figures.silenceBeforeMillis());
            assertEquals(before + offerWait, figures.secondsBeforeFirstQuestion(), 0.002 * played.size());
            assertEquals(total, figures.totalSeconds(), 0.002 * played.size());
            assertEquals(longest, figures.longest().millis() / 1000.0, 0.002);
            assertTrue(before > 2 && total > before + 5, "real speech was measured: " + before + " s, " + total + " s");
        }
    }

    @ParameterizedTest
    @EnumSource(Start.class)
    void theResidentAnswersEveryQuestionByKeyInTheirLanguage(Start start) throws Exception {
        TimingFigures figures = timing.measure(survey, Language.SV, start);
        List<String> ids = figures.played().stream().map(PlayedPrompt::prompt).map(Prompt::id).toList();

        assertEquals("question/yksin", ids.get(figures.beforeFirstQuestion()));
        ids.subList(0, figures.beforeFirstQuestion()).forEach(id -> assertFalse(id.startsWith("question/"), id));
        assertTrue(ids.containsAll(List.of("question/vuodet", "question/toive")), ids.toString());
        assertEquals("closing", ids.get(ids.size() - 1));
        assertTrue(figures.played().stream().map(PlayedPrompt::prompt)
                .filter(prompt -> prompt.id().startsWith("question/") || prompt.id().equals("closing"))
                .allMatch(prompt -> prompt.language() == Language.SV), "the call goes on in Swedish");
        // consent 1, yes/no 1, the number "1" and #, the # ending the recording; plus the menu key when chosen
        int answers = 1 + 1 + 2 + 1;
        assertEquals(start == Start.CHOSEN_LANGUAGE ? answers + 1 : answers, figures.keyPresses(),
                "a known language needs no key: the call starts in it");
    }

    private static double soxSeconds(Prompt prompt) throws IOException, InterruptedException {
        Path file = files.fileFor(prompt, survey.settings().voice()).file();
        Process soxi = new ProcessBuilder("soxi", "-D", file.toString()).redirectErrorStream(true).start();
        String output = new String(soxi.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(soxi.waitFor(10, TimeUnit.SECONDS) && soxi.exitValue() == 0, "soxi failed: " + output);
        return Double.parseDouble(output);
    }
}
