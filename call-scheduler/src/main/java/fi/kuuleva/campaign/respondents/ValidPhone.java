package fi.kuuleva.campaign.respondents;

import fi.kuuleva.campaign.PhoneNumber;
import java.util.Optional;

/** A callable number in E.164, with a warning when it is worth a look (a number abroad). */
public record ValidPhone(PhoneNumber number, Optional<String> warning) implements PhoneCheck {
}
