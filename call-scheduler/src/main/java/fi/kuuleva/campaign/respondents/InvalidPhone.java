package fi.kuuleva.campaign.respondents;

/** Not a number a survey can call, and why; the reason never repeats the number. */
public record InvalidPhone(String reason) implements PhoneCheck {
}
