package fi.kuuleva.admin.preview;

import fi.kuuleva.calls.TelephonyConfig;
import fi.kuuleva.speech.Speech;
import fi.kuuleva.speech.SpeechConfig;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.speech.timing.CallTiming;
import fi.kuuleva.speech.timing.Start;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The timing figures of {@code ./ivr check SCRIPT --timing} for a survey, measured on the prompt audio calls would
 * play (made as {@link PromptAudio} makes it, in the same cache): per language, with the language known and chosen.
 * Thread-safe.
 */
@Singleton
public class ScriptTiming {

    private final CallTiming timing;

    public ScriptTiming(TelephonyConfig telephony) {
        PromptFiles files = Speech.promptFiles(SpeechConfig.defaults(telephony.media().resolve("prompts")));
        this.timing = new CallTiming(files);
    }

    /** One row per language and start, in the survey's language order, the known language first. */
    public List<TimingRow> rows(Survey survey) throws IOException {
        List<TimingRow> rows = new ArrayList<>();
        for (Language language : survey.languages()) {
            for (Start start : Start.values()) {
                rows.add(TimingRow.of(timing.measure(survey, language, start)));
            }
        }
        return rows;
    }
}
