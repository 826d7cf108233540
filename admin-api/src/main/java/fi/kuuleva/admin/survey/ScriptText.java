package fi.kuuleva.admin.survey;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.script.SurveyScripts;
import java.util.Locale;
import java.util.Optional;

/** A script's text and notation, checked for presence; what the endpoints hand to the parser. */
public record ScriptText(String script, SurveyScripts.Format format) {

    /** A request body's script and notation; a 400 problem when the script is missing or the notation unknown. */
    public static ScriptText of(String script, String format) {
        if (script == null || script.isBlank()) {
            throw ApiProblem.badRequest("$.script", "the script is missing or empty");
        }
        return new ScriptText(script, format(format).orElseThrow(() ->
                ApiProblem.badRequest("$.format", "must be YAML or JSON, not '" + format + "'")));
    }

    /** The notation named by {@code name} (YAML when null); empty when it names neither YAML nor JSON. */
    public static Optional<SurveyScripts.Format> format(String name) {
        if (name == null) {
            return Optional.of(SurveyScripts.Format.YAML);
        }
        try {
            return Optional.of(SurveyScripts.Format.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
