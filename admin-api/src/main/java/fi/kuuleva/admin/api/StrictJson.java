package fi.kuuleva.admin.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.Optional;

/**
 * What the JSON reader must never let through, found in one streaming pass: a body that is not JSON, anything after
 * the JSON value, a key given twice and a NUL character (PostgreSQL cannot store it), each with its JSON path. Pure.
 */
public final class StrictJson {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private StrictJson() {
    }

    /** The first problem in {@code body}, if any; an empty body is left to the endpoint. */
    public static Optional<ProblemError> problem(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return Optional.empty();
            }
            int depth = 0;
            do {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME && parser.currentName().indexOf('\0') >= 0) {
                    return Optional.of(ProblemError.at(path(parser.getParsingContext()),
                            "a key must not contain a NUL character"));
                } else if (token == JsonToken.VALUE_STRING && parser.getText().indexOf('\0') >= 0) {
                    return Optional.of(ProblemError.at(path(parser.getParsingContext()),
                            "must not contain a NUL character"));
                }
                if (depth == 0) {
                    break;
                }
                token = parser.nextToken();
            } while (token != null);
            return trailing(parser);
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            if (message.startsWith("Duplicate field '")) {
                return Optional.of(ProblemError.at(path(e.getProcessor().getParsingContext()), "is given twice"));
            }
            return Optional.of(ProblemError.at("$", "not valid JSON" + at(e) + ": " + message));
        } catch (IOException e) {
            return Optional.of(ProblemError.at("$", "not valid JSON: " + e.getMessage()));
        }
    }

    private static Optional<ProblemError> trailing(JsonParser parser) throws IOException {
        try {
            if (parser.nextToken() != null) {
                return Optional.of(ProblemError.at("$", "there is more after the JSON value, at line "
                        + parser.currentTokenLocation().getLineNr() + ", column "
                        + parser.currentTokenLocation().getColumnNr()));
            }
        } catch (JsonParseException e) {
            return Optional.of(ProblemError.at("$", "there is more after the JSON value" + at(e)));
        }
        return Optional.empty();
    }

    private static String at(JsonParseException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    /** The JSON path of where {@code context} is: {@code $.callingWindows[1].from}. */
    static String path(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "$";
        }
        String parent = path(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
        }
        return context.getCurrentName() == null ? parent : child(parent, context.getCurrentName());
    }

    private static String child(String parent, String field) {
        return field.matches("[A-Za-z_][A-Za-z0-9_]*") ? parent + "." + field
                : parent + "['" + field.replace("'", "\\'") + "']";
    }
}
