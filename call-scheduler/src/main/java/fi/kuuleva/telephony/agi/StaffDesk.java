package fi.kuuleva.telephony.agi;

import java.util.Optional;

/**
 * Port: whether a member of staff can take a call now (office hours) and on which line. Asked at the start of every
 * call; thread-safe.
 */
public interface StaffDesk {

    /** Nobody to put a caller through to: asking for a person files a call-back. */
    StaffDesk NONE = new StaffDesk() {
        @Override
        public boolean onDuty() {
            return false;
        }

        @Override
        public Optional<StaffLine> line() {
            return Optional.empty();
        }
    };

    /** Whether a caller asking for a person now is put through (a staff line is set and it is office hours). */
    boolean onDuty();

    Optional<StaffLine> line();
}
