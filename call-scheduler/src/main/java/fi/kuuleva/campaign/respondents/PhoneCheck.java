package fi.kuuleva.campaign.respondents;

/** Whether a phone number as typed can be called: {@link ValidPhone} or {@link InvalidPhone}. */
public sealed interface PhoneCheck permits ValidPhone, InvalidPhone {
}
