package fi.kuuleva.script;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** The line of every value in a script, by JSON path, read from the parser's token stream. */
final class ScriptLocations {

    private final Map<String, Integer> lines;

    private ScriptLocations(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static ScriptLocations none() {
        return new ScriptLocations(Map.of());
    }

    static ScriptLocations read(JsonParser parser) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        Deque<Container> open = new ArrayDeque<>();
        String fieldPath = "";
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            int line = parser.currentTokenLocation().getLineNr();
            if (token == JsonToken.FIELD_NAME) {
                String parent = open.isEmpty() ? "" : open.peek().path;
                fieldPath = parent.isEmpty() ? parser.currentName() : parent + "." + parser.currentName();
                lines.putIfAbsent(fieldPath, line);
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
                continue;
            }
            String valuePath = open.isEmpty() ? ""
                    : open.peek().array ? open.peek().path + "[" + open.peek().next++ + "]" : fieldPath;
            lines.putIfAbsent(valuePath, line);
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                open.push(new Container(valuePath, token == JsonToken.START_ARRAY));
            }
        }
        return new ScriptLocations(lines);
    }

    /** The line of {@code path}, or of its nearest enclosing value that has one; 0 when none does. */
    int lineOf(String path) {
        String candidate = path;
        while (true) {
            Integer line = lines.get(candidate);
            if (line != null) {
                return line;
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            if (cut <= 0) {
                return lines.getOrDefault("", 0);
            }
            candidate = candidate.substring(0, cut);
        }
    }

    private static final class Container {
        final String path;
        final boolean array;
        int next;

        Container(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }
}
