package fi.kuuleva.flow;

import fi.kuuleva.survey.Language;

/** The call goes on in {@code language}; {@code how} says whether the caller chose it. */
public record LanguageChosen(Language language, How how) implements Event {

    public enum How { ONLY_LANGUAGE, KNOWN, KEY, DEFAULT }
}
