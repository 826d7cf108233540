package fi.kuuleva.campaign.schedule;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Port: days on which nobody is called. Implementations must be safe to call from several threads. */
@FunctionalInterface
public interface Holidays {

    /** The holiday's name when {@code date} is one. */
    Optional<String> on(LocalDate date);

    default boolean isHoliday(LocalDate date) {
        return on(date).isPresent();
    }

    /** These holidays plus days an officer closed for the campaign (New Year's Eve, a local festival). */
    default Holidays plus(Set<LocalDate> closedDays) {
        if (closedDays.isEmpty()) {
            return this;
        }
        Set<LocalDate> closed = Set.copyOf(closedDays);
        return date -> on(date).or(() -> closed.contains(date) ? Optional.of("closed for the campaign")
                : Optional.empty());
    }

    static Holidays none() {
        return date -> Optional.empty();
    }
}
