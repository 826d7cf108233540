package fi.kuuleva.flow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Saves and restores session state, events and resumes as JSON. Thread-safe. */
public final class SessionCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SessionCodec() {
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static SessionState state(String json) {
        return read(json, SessionState.class);
    }

    public static Event event(String json) {
        return read(json, Event.class);
    }

    public static Resume resume(String json) {
        return read(json, Resume.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a saved " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
