package fi.kuuleva.admin.campaign;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.schedule.RetryRules;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link RetryRules} in the {@code retry_policy} column: ISO-8601 delays by attempt outcome, e.g.
 * {@code {"BUSY": "PT20M", "HUNG_UP_MID_SURVEY": "PT1H"}}. Stateless.
 */
@Singleton
final class RetryRulesSerde implements Serde<RetryRules> {

    @Override
    public void serialize(Encoder encoder, EncoderContext context, Argument<? extends RetryRules> type,
                          RetryRules rules) throws IOException {
        try (Encoder object = encoder.encodeObject(type)) {
            for (Map.Entry<AttemptOutcome, Duration> delay : new TreeMap<>(rules.delays()).entrySet()) {
                object.encodeKey(delay.getKey().name());
                object.encodeString(delay.getValue().toString());
            }
        }
    }

    @Override
    public RetryRules deserialize(Decoder decoder, DecoderContext context, Argument<? super RetryRules> type)
            throws IOException {
        Map<AttemptOutcome, Duration> delays = new EnumMap<>(AttemptOutcome.class);
        try (Decoder object = decoder.decodeObject(type)) {
            for (String key = object.decodeKey(); key != null; key = object.decodeKey()) {
                String value = object.decodeString();
                try {
                    delays.put(AttemptOutcome.valueOf(key), Duration.parse(value));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw object.createDeserializationException("not a retry delay: " + key + " " + value, key);
                }
            }
        }
        return new RetryRules(delays);
    }
}
