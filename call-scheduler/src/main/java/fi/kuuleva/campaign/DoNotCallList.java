package fi.kuuleva.campaign;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Port: numbers that asked never to be called again, across all surveys. The persistence layer implements it over
 * its opt-out table; implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface DoNotCallList {

    boolean contains(PhoneNumber number);

    static DoNotCallList none() {
        return number -> false;
    }

    /** A fixed list of E.164 numbers (for tests and small imports); entries that are not E.164 are refused. */
    static DoNotCallList of(Set<String> e164Numbers) {
        Set<PhoneNumber> numbers = e164Numbers.stream().map(PhoneNumber::new).collect(Collectors.toUnmodifiableSet());
        return numbers::contains;
    }
}
