package fi.kuuleva.flow;

/** Keys pressed: one key for a choice, or the digits of a number (without the closing #). */
public record DigitsEntered(String digits) implements Resume {
}
