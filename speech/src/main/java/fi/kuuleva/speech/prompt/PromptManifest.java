package fi.kuuleva.speech.prompt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.kuuleva.flow.Prompt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every prompt of a survey with its ready file, made by {@link PromptPreparer} before the first call, so the call
 * path only looks files up. Immutable and thread-safe.
 */
public record PromptManifest(Map<Prompt, PromptFile> files) {

    public PromptManifest {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The prepared file; a prompt that was not prepared is a bug in preparation, reported as such. */
    public PromptFile fileFor(Prompt prompt) {
        PromptFile file = files.get(prompt);
        if (file == null) {
            throw new IllegalArgumentException("prompt " + prompt.id() + " (" + prompt.language()
                    + (prompt.slow() ? ", slow" : "") + ") was not prepared for this survey version");
        }
        return file;
    }

    /** Writes the manifest as JSON: id, language, slow, text, file and Asterisk path per prompt. */
    public void writeTo(Path json) throws IOException {
        List<Map<String, Object>> entries = new ArrayList<>();
        files.forEach((prompt, file) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", prompt.id());
            entry.put("language", prompt.language().code());
            entry.put("slow", prompt.slow());
            entry.put("text", prompt.text());
            entry.put("recorded", file.recorded());
            entry.put("file", file.file().toString());
            entry.put("asteriskPath", file.asteriskPath());
            entries.add(entry);
        });
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), entries);
    }
}
