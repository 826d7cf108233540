package fi.kuuleva.admin.sms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One text as officers see it: to whom (null once erased), which, what it said, where it stands and why ({@code detail}: the
 * SMSC's refusal, the receipt's status, the reason it was cancelled); {@code attention} when it did not reach the
 * resident or may not have.
 */
@Serdeable
public record TextMessageView(long id, long respondentId, @Nullable String phone, TextKind kind, String body,
                              TextState state, boolean attention, int tries, Instant dueAt,
                              @Nullable Instant submittedAt, @Nullable Instant receiptAt, @Nullable String detail) {
}
