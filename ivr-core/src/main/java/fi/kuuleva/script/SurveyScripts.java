package fi.kuuleva.script;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fi.kuuleva.survey.Survey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads survey scripts: YAML written by hand or JSON sent to the API, one model. Either a valid {@link Survey} or an
 * {@link InvalidScriptException} with every problem, its JSON path and line. Thread-safe.
 */
public final class SurveyScripts {

    /** The two notations of a script. */
    public enum Format { YAML, JSON }

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    static final ObjectMapper JSON = new ObjectMapper(new JsonFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    private SurveyScripts() {
    }

    public static Survey read(Path file) throws IOException, InvalidScriptException {
        String name = file.getFileName().toString();
        Format format = name.endsWith(".json") ? Format.JSON : Format.YAML;
        return parse(Files.readString(file, StandardCharsets.UTF_8), format, file.toString());
    }

    /** Parses {@code content}; {@code source} names it in messages (a file name, or "request body"). */
    public static Survey parse(String content, Format format, String source) throws InvalidScriptException {
        ObjectMapper mapper = format == Format.JSON ? JSON : YAML;
        JsonNode tree;
        ScriptLocations locations;
        try {
            tree = mapper.readTree(content);
            try (JsonParser parser = mapper.getFactory().createParser(content)) {
                locations = ScriptLocations.read(parser);
            }
        } catch (IOException e) {
            throw unreadable(e, format, source);
        }
        Problems problems = new Problems();
        var survey = ScriptParser.parse(new Node(tree == null || tree.isMissingNode() ? null : tree, "", problems));
        if (survey.isEmpty()) {
            throw new InvalidScriptException(source, problems.located(locations));
        }
        return survey.get();
    }

    /** The refusal of text that is not valid {@code format} at all, with the line where reading stopped. */
    static InvalidScriptException unreadable(IOException e, Format format, String source) {
        if (e instanceof JsonProcessingException syntax) {
            JsonLocation at = syntax.getLocation();
            return new InvalidScriptException(source, List.of(new ScriptProblem("", at == null ? 0 : at.getLineNr(),
                    "not valid " + format + ": " + syntax.getOriginalMessage())));
        }
        return new InvalidScriptException(source, List.of(new ScriptProblem("", 0, "unreadable: " + e.getMessage())));
    }
}
