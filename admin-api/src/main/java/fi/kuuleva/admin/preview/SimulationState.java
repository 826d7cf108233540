package fi.kuuleva.admin.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.flow.InputAwaited;
import fi.kuuleva.flow.json.SessionCodec;
import fi.kuuleva.flow.SessionState;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The state a simulation hands to the client and takes back: the engine's session state and the mode of the awaited
 * input, as URL-safe Base64 of JSON. Nothing is kept on the server. Pure.
 */
record SimulationState(SessionState session, Optional<InputAwaited.Mode> awaiting) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.set("session", read(SessionCodec.toJson(session)));
        awaiting.ifPresent(mode -> node.put("awaiting", mode.name()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    static SimulationState decode(String token) {
        try {
            JsonNode node = JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
            Optional<InputAwaited.Mode> mode = node.hasNonNull("awaiting")
                    ? Optional.of(InputAwaited.Mode.valueOf(node.get("awaiting").asText())) : Optional.empty();
            return new SimulationState(SessionCodec.state(node.get("session").toString()), mode);
        } catch (RuntimeException | java.io.IOException e) {
            throw ApiProblem.badRequest("$.state", "not a state this simulator gave out");
        }
    }

    boolean recording() {
        return awaiting.filter(mode -> mode == InputAwaited.Mode.RECORDING).isPresent();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the engine wrote a state that is not JSON", e);
        }
    }
}
