package fi.kuuleva.admin.report.aggregate;

/** One drain step: how many answer changes were applied and how many count cells they touched. */
public record Drained(long events, long cells) {
}
