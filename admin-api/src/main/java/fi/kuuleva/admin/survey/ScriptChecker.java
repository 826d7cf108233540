package fi.kuuleva.admin.survey;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.api.ProblemError;
import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import java.util.List;

/** Checks a script without storing anything. Pure and thread-safe. */
public final class ScriptChecker {

    private ScriptChecker() {
    }

    public static ScriptCheck check(ScriptText text) {
        try {
            Survey survey = SurveyScripts.parse(text.script(), text.format(), "script");
            return new ScriptCheck(true, List.of(), outline(survey));
        } catch (InvalidScriptException e) {
            return new ScriptCheck(false, problems(e), null);
        }
    }

    public static List<ScriptCheck.Problem> problems(InvalidScriptException e) {
        return e.problems().stream()
                .map(p -> new ScriptCheck.Problem(p.path(), p.line(), p.message()))
                .toList();
    }

    /** The refusal of a script that does not parse: 422 with every problem at its script path and line. */
    public static ApiProblem refusal(InvalidScriptException e, String detail) {
        return ApiProblem.invalid(detail, problems(e).stream()
                .map(p -> new ProblemError(p.path(), p.line(), null, p.message())).toList());
    }

    static ScriptCheck.Outline outline(Survey survey) {
        return new ScriptCheck.Outline(survey.id(), survey.languages().stream().map(Language::code).toList(),
                survey.questions().stream()
                        .map(q -> new ScriptCheck.QuestionOutline(q.id(), QuestionTypes.of(q))).toList(),
                SurveyCatalog.prompts(survey));
    }
}
