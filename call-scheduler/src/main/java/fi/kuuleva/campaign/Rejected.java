package fi.kuuleva.campaign;

import java.util.Objects;

/** The step may not go ahead: a machine-readable reason and a sentence for the officer (never a full number). */
public record Rejected(Reason reason, String detail) implements Decision {
    public Rejected {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
