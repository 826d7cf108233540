package fi.kuuleva.campaign.pacing;

/** The pacer's answer to "may I start a call on this server now?". */
public sealed interface Pace permits Go, Wait {
}
