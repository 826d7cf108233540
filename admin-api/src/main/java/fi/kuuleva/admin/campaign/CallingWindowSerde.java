package fi.kuuleva.admin.campaign;

import fi.kuuleva.campaign.schedule.CallingWindow;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * A {@link CallingWindow} in JSON as the API and the {@code calling_windows} column write it:
 * {@code {"days": "MON-FRI", "from": "10:00", "to": "18:00"}}, read with the window's own grammar. Stateless.
 */
@Singleton
final class CallingWindowSerde implements Serde<CallingWindow> {

    @Override
    public void serialize(Encoder encoder, EncoderContext context, Argument<? extends CallingWindow> type,
                          CallingWindow window) throws IOException {
        try (Encoder object = encoder.encodeObject(type)) {
            object.encodeKey("days");
            object.encodeString(window.dayText());
            object.encodeKey("from");
            object.encodeString(window.start().toString());
            object.encodeKey("to");
            object.encodeString(window.end().toString());
        }
    }

    @Override
    public CallingWindow deserialize(Decoder decoder, DecoderContext context, Argument<? super CallingWindow> type)
            throws IOException {
        String days = null;
        String from = null;
        String to = null;
        try (Decoder object = decoder.decodeObject(type)) {
            for (String key = object.decodeKey(); key != null; key = object.decodeKey()) {
                switch (key) {
                    case "days" -> days = object.decodeString();
                    case "from" -> from = object.decodeString();
                    case "to" -> to = object.decodeString();
                    default -> throw object.createDeserializationException("not a calling window field: " + key, key);
                }
            }
        }
        try {
            return CallingWindow.parse(days, from, to);
        } catch (IllegalArgumentException e) {
            throw decoder.createDeserializationException(e.getMessage(), null);
        }
    }
}
