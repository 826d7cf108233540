package fi.kuuleva.admin.preview;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.PromptBook;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.prompt.PromptFile;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;

/**
 * A prompt's audio as a resident hears it: made by the service's one {@link PromptFiles} that calls use (the same
 * configured synthesizers, officers' recordings and prompt cache, the survey's voice settings), so a preview plays
 * what a resident hears and warms the call's cache.
 * Thread-safe.
 */
@Singleton
public class PromptAudio {

    private final PromptFiles files;

    public PromptAudio(PromptFiles files) {
        this.files = files;
    }

    /** The WAV bytes of {@code promptId} in {@code languageCode}; a 404 problem if no such prompt. */
    public byte[] wav(FlowEngine engine, String promptId, String languageCode, String languageField)
            throws IOException {
        Survey survey = engine.survey();
        Language language = Language.fromCode(languageCode == null ? "" : languageCode)
                .filter(survey.languages()::contains)
                .orElseThrow(() -> ApiProblem.badRequest(languageField, "the survey speaks " + codes(survey)
                        + ", not '" + languageCode + "'"));
        Prompt prompt = new PromptBook(survey, language, BuiltInPhrases.phrases()).all().stream()
                .filter(p -> !p.slow() && p.id().equals(promptId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("the survey has no prompt '" + promptId + "'"));
        PromptFile file = files.fileFor(survey.id(), prompt, survey.settings().voice());
        byte[] bytes = Files.readAllBytes(file.file());
        if (file.format().extension().startsWith("sln")) { // headerless signed linear: a browser needs the WAV header
            return WavFiles.encode(new Pcm(WavFiles.samples(bytes, bytes.length), file.format().sampleRate()));
        }
        return bytes;
    }

    private static String codes(Survey survey) {
        return String.join(", ", survey.languages().stream().map(Language::code).toList());
    }
}
