package fi.kuuleva.script;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import fi.kuuleva.script.SurveyScripts.Format;
import java.io.IOException;
import java.util.List;

/**
 * Rewrites a script's tree from one notation to the other, keeping its keys in order and its values as they are (a
 * valid script stays the same survey; comments are not carried). Only the notation is checked here, not the survey:
 * the builder shows a script that is still being written. Thread-safe.
 */
public final class ScriptNotations {

    private static final ObjectMapper YAML_WRITER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());
    private static final ObjectMapper JSON_WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScriptNotations() {
    }

    /** {@code content}, written in {@code from}, written in {@code to}; refused when it is not valid {@code from}. */
    public static String convert(String content, Format from, Format to, String source) throws InvalidScriptException {
        JsonNode tree;
        try {
            tree = (from == Format.JSON ? SurveyScripts.JSON : SurveyScripts.YAML).readTree(content);
        } catch (IOException e) {
            throw SurveyScripts.unreadable(e, from, source);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidScriptException(source, List.of(new ScriptProblem("", 0, "is empty")));
        }
        try {
            return (to == Format.JSON ? JSON_WRITER : YAML_WRITER).writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException("a tree just read could not be written as " + to, e);
        }
    }
}
