package fi.kuuleva.dialler;

/** A line was free but none of the campaigns had anybody due: nothing was taken. */
public record NobodyDue() implements LineClaim {
}
