package fi.kuuleva.campaign;

/** The step may go ahead. */
public record Allowed() implements Decision {
    static final Allowed INSTANCE = new Allowed();
}
