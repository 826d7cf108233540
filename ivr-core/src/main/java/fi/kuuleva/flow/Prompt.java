package fi.kuuleva.flow;

import fi.kuuleva.survey.Language;

/**
 * Something said to the caller. {@code id} is stable for a survey (e.g. {@code question/loneliness/keys}) so that an
 * officer's recording can replace the synthesized text; {@code slow} asks for the slower rate used on repeats.
 */
public record Prompt(String id, Language language, String text, boolean slow) {

    public Prompt slower() {
        return new Prompt(id, language, text, true);
    }
}
