package fi.kuuleva.lines;

/** One line of an Asterisk server held by a call ({@link Lines#take}). */
public record LineLease(long id, String server) {
}
