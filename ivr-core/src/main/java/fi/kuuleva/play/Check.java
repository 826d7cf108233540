package fi.kuuleva.play;

import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.survey.Survey;
import java.io.IOException;
import java.nio.file.Path;

/** {@code ivr check SCRIPT...}: validates scripts; exit 0 when all are valid, 2 when any is refused. */
public final class Check {

    private Check() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ivr check SCRIPT...");
            System.exit(64);
        }
        int status = 0;
        for (String arg : args) {
            try {
                Survey survey = SurveyScripts.read(Path.of(arg));
                System.out.println(arg + ": valid: " + survey.questions().size() + " questions in "
                        + survey.languages());
            } catch (InvalidScriptException e) {
                System.out.println(e.getMessage());
                status = 2;
            }
        }
        System.exit(status);
    }
}
