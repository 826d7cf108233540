package fi.kuuleva.dialler;

import fi.kuuleva.campaign.pacing.Wait;

/** Every line of the server is in use (by any instance), or its start rate is used up for now. */
public record NoLine(Wait pace) implements LineClaim {
}
