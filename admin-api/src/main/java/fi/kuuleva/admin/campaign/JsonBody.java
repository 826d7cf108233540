package fi.kuuleva.admin.campaign;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuuleva.admin.api.ProblemError;
import fi.kuuleva.admin.api.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON request body field by field, collecting every problem with its JSON path instead of stopping at the
 * first. One instance per request; not thread-safe.
 */
final class JsonBody {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final JsonNode root;
    private final List<ProblemError> errors = new ArrayList<>();

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    /** The body as an object; a 400 problem at {@code $} when it is not JSON or not an object. */
    static JsonBody parse(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw ApiProblem.badRequest("$", "not valid JSON" + at + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiProblem.badRequest("$", "the body must be a JSON object");
        }
        return new JsonBody(root);
    }

    JsonNode root() {
        return root;
    }

    void error(String path, String message) {
        errors.add(ProblemError.at(path, message));
    }

    /** Throws every problem found so far, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(String.join("; ", errors.stream()
                    .map(e -> e.path() + ": " + e.message()).toList()), errors);
        }
    }

    Optional<String> text(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error(path, "is required");
            }
            return Optional.empty();
        }
        if (!node.isTextual()) {
            error(path, "must be a string");
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    Optional<Long> integer(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error(path, "is required");
            }
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            error(path, "must be a whole number");
            return Optional.empty();
        }
        return Optional.of(node.asLong());
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
