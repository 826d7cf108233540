package fi.kuuleva.admin.preview;

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
 * play (the service's one {@link PromptFiles}, as calls and {@link PromptAudio} use it): per language, with the language known and chosen.
 * Thread-safe.
 */
@Singleton
public class ScriptTiming {

    private final CallTiming timing;

    public ScriptTiming(PromptFiles files) {
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
