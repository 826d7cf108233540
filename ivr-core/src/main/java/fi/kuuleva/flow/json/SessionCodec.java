package fi.kuuleva.flow.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fi.kuuleva.flow.Answer;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.InputAwaited;
import fi.kuuleva.flow.InputNotAccepted;
import fi.kuuleva.flow.RecordingCaptured;
import fi.kuuleva.flow.Resume;
import fi.kuuleva.flow.SessionState;
import fi.kuuleva.flow.Step;
import fi.kuuleva.flow.SurveyEnded;

/**
 * Saves and restores the engine's session state, events and resumes as JSON. The engine's records carry no Jackson
 * annotations; the mix-ins beside this class give the format (type names, nulls left out), which stays readable
 * across versions: unknown properties are ignored. Thread-safe.
 */
public final class SessionCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .addMixIn(Event.class, EventJson.class)
            .addMixIn(Resume.class, ResumeJson.class)
            .addMixIn(Step.class, StepJson.class)
            .addMixIn(SessionState.class, SessionStateJson.class)
            .addMixIn(Answer.class, OmitNulls.class)
            .addMixIn(InputAwaited.class, OmitNulls.class)
            .addMixIn(InputNotAccepted.class, OmitNulls.class)
            .addMixIn(RecordingCaptured.class, OmitNulls.class)
            .addMixIn(SurveyEnded.class, OmitNulls.class)
            .build();

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
