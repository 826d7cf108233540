package fi.kuuleva.admin.promptrecording;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.PromptBook;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.recording.RecordingCheck;
import fi.kuuleva.speech.recording.RefusedRecording;
import fi.kuuleva.speech.recording.SoxDecoder;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Officers' recordings of a survey version's prompts: an upload is decoded by sox, checked against the prompt's text
 * (not silent, not clipped, not too long) and kept for that prompt's words, so every version with the same words plays
 * it; refusals carry their reason. Uploads and removals are audited. Thread-safe.
 */
@Singleton
public class PromptRecorder {

    private final SurveyEngines engines;
    private final StoredPromptRecordings recordings;
    private final Auditor audit;
    private final Clock clock;
    private final SoxDecoder sox = new SoxDecoder();

    public PromptRecorder(SurveyEngines engines, StoredPromptRecordings recordings, Auditor audit, Clock clock) {
        this.engines = engines;
        this.recordings = recordings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keeps {@code upload} as the recording of the prompt; 422 with the reason when it cannot stand for it. */
    public PromptRecordingInfo upload(long versionId, String promptId, String languageCode, byte[] upload,
                                      String user) throws IOException {
        Survey survey = survey(versionId);
        Prompt prompt = prompt(survey, promptId, languageCode);
        Pcm pcm;
        try {
            pcm = sox.decode(upload);
            RecordingCheck.check(pcm, prompt.text(), prompt.language());
        } catch (RefusedRecording refused) {
            throw ApiProblem.invalid("the recording of " + promptId + " (" + prompt.language().code()
                    + ") is refused: " + refused.getMessage(), List.of());
        }
        RecordingKey key = RecordingKey.of(survey.id(), prompt);
        recordings.save(key, WavFiles.encode(pcm), (int) pcm.durationMillis(), versionId, user, clock.instant());
        audit.record(user, "prompt-recording.upload", "survey-version/" + versionId, Map.of("prompt", promptId,
                "language", prompt.language().code(), "durationMs", pcm.durationMillis()));
        return recordings.existing(List.of(key)).get(0);
    }

    /** Removes the prompt's recording (it is synthesized again); 404 if it had none. */
    public void remove(long versionId, String promptId, String languageCode, String user) {
        Survey survey = survey(versionId);
        Prompt prompt = prompt(survey, promptId, languageCode);
        if (!recordings.delete(RecordingKey.of(survey.id(), prompt))) {
            throw ApiProblem.notFound("prompt " + promptId + " (" + prompt.language().code() + ") has no recording");
        }
        audit.record(user, "prompt-recording.remove", "survey-version/" + versionId, Map.of("prompt", promptId,
                "language", prompt.language().code()));
    }

    /** The version's prompts that play a recording. */
    public List<PromptRecordingInfo> of(long versionId) {
        Survey survey = survey(versionId);
        List<RecordingKey> keys = new ArrayList<>();
        for (Language language : survey.languages()) {
            for (Prompt prompt : new PromptBook(survey, language, BuiltInPhrases.phrases()).all()) {
                if (!prompt.slow()) {
                    keys.add(RecordingKey.of(survey.id(), prompt));
                }
            }
        }
        return recordings.existing(keys);
    }

    private Survey survey(long versionId) {
        return engines.engine(versionId).orElseThrow(() -> ApiProblem.notFound("no survey version " + versionId))
                .survey();
    }

    private static Prompt prompt(Survey survey, String promptId, String languageCode) {
        Language language = Language.fromCode(languageCode == null ? "" : languageCode)
                .filter(survey.languages()::contains)
                .orElseThrow(() -> ApiProblem.badRequest("language", "the survey speaks "
                        + String.join(", ", survey.languages().stream().map(Language::code).toList()) + ", not '"
                        + languageCode + "'"));
        return new PromptBook(survey, language, BuiltInPhrases.phrases()).all().stream()
                .filter(p -> !p.slow() && p.id().equals(promptId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("the survey has no prompt '" + promptId + "'"));
    }
}
