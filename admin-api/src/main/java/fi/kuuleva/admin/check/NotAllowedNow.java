package fi.kuuleva.admin.check;

/** A change the current state does not allow (e.g. starting a cancelled campaign). Rendered as a 409. */
public final class NotAllowedNow extends RuntimeException {

    public NotAllowedNow(String message) {
        super(message);
    }
}
