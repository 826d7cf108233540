package fi.kuuleva.telephony.agi;

import java.util.Objects;

/**
 * Where a caller who asks for a person is put through: an Asterisk dial string (e.g. {@code PJSIP/staff1&PJSIP/staff2}
 * or {@code Local/s@kuuleva-staff} for a queue) rung for at most {@code ringSeconds}.
 */
public record StaffLine(String dial, int ringSeconds) {

    public StaffLine {
        Objects.requireNonNull(dial, "dial");
        if (dial.isBlank() || dial.contains(",") || dial.contains("\n")) {
            throw new IllegalArgumentException("a staff line is one dial string without commas: " + dial);
        }
        if (ringSeconds < 1) {
            throw new IllegalArgumentException("staff are rung for at least a second: " + ringSeconds);
        }
    }

    /** The arguments of Asterisk's Dial application. */
    String dialArguments() {
        return dial + "," + ringSeconds;
    }
}
