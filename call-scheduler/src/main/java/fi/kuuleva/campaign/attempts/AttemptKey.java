package fi.kuuleva.campaign.attempts;

import java.util.Optional;

/**
 * Identifies one call attempt (its {@code call_attempts.id}) from the claim to the end of its call: the dialler's calls
 * in flight, the originate and its AMI events, the {@code KUULEVA_ATTEMPT} channel variable and the call's journal
 * all carry this value. Text comes in from Asterisk only, and is read once there ({@link #parse}).
 */
public record AttemptKey(long id) {

    public AttemptKey {
        if (id <= 0) {
            throw new IllegalArgumentException("attempt ids are positive: " + id);
        }
    }

    /** The key written as {@link #text()}; empty for anything else (a call that is not one of ours). */
    public static Optional<AttemptKey> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(text.trim());
            return id > 0 ? Optional.of(new AttemptKey(id)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** As Asterisk carries it: the decimal id (channel variable, originate action id). */
    public String text() {
        return Long.toString(id);
    }

    @Override
    public String toString() {
        return text();
    }
}
