package fi.kuuleva.admin.campaign;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outcomes an officer may set a retry delay for, as the API names them, and the attempt outcome each is stored
 * as ({@code INTERRUPTED}: hung up in the middle of the survey).
 */
public final class RetryKeys {

    private static final Map<String, AttemptOutcome> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("BUSY", AttemptOutcome.BUSY);
        KEYS.put("NO_ANSWER", AttemptOutcome.NO_ANSWER);
        KEYS.put("MACHINE", AttemptOutcome.MACHINE);
        KEYS.put("FAILED", AttemptOutcome.FAILED);
        KEYS.put("INTERRUPTED", AttemptOutcome.HUNG_UP_MID_SURVEY);
    }

    private RetryKeys() {
    }

    public static Optional<AttemptOutcome> outcome(String key) {
        return Optional.ofNullable(KEYS.get(key));
    }

    /** The API name of a stored outcome key; empty for outcomes the API does not show. */
    public static Optional<String> key(String storedOutcome) {
        return KEYS.entrySet().stream().filter(e -> e.getValue().name().equals(storedOutcome))
                .map(Map.Entry::getKey).findFirst();
    }

    public static String names() {
        return String.join(", ", KEYS.keySet());
    }
}
