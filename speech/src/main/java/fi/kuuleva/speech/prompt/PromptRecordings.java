package fi.kuuleva.speech.prompt;

import fi.kuuleva.flow.Prompt;
import java.io.IOException;
import java.util.Optional;

/** Where officers' recordings of prompts come from; a prompt with none is synthesized. Implementations thread-safe. */
@FunctionalInterface
public interface PromptRecordings {

    /** The recording of {@code prompt} in the survey {@code surveyId} (the script's id), if one was made. */
    Optional<RecordedAudio> find(String surveyId, Prompt prompt) throws IOException;

    /** No recordings. */
    static PromptRecordings none() {
        return (surveyId, prompt) -> Optional.empty();
    }

    /** This source's recording, else {@code other}'s. */
    default PromptRecordings orElse(PromptRecordings other) {
        return (surveyId, prompt) -> {
            Optional<RecordedAudio> found = find(surveyId, prompt);
            return found.isPresent() ? found : other.find(surveyId, prompt);
        };
    }
}
