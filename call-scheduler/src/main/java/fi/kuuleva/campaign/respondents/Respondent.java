package fi.kuuleva.campaign.respondents;

import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.survey.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * One person to call, as read from the officer's file. The phone number is the key within a campaign. Language
 * empty means unknown (the survey's language menu decides). {@code line} is where it came from in the file.
 * {@link #toString()} leaves out the name and masks the number.
 */
public record Respondent(PhoneNumber phone, Optional<Language> language, Optional<String> municipality,
                         AgeBand ageBand, Optional<String> reference, Optional<String> name, int line) {
    public Respondent {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(ageBand, "ageBand");
    }

    @Override
    public String toString() {
        return "Respondent[line " + line + ", " + phone.masked() + ", " + language.map(Language::code).orElse("?")
                + ", " + municipality.orElse("?") + ", " + ageBand.label() + "]";
    }

}
