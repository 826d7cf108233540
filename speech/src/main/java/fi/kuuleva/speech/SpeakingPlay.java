package fi.kuuleva.speech;

import fi.kuuleva.play.Play;
import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.survey.Survey;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code ivr play SCRIPT --speak DIR [...]}: the keyboard player of ivr-core, with every prompt also written as a
 * WAV file into DIR (numbered in the order played) by the same synthesis the calls use.
 */
public final class SpeakingPlay {

    private SpeakingPlay() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = null;
        String script = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--speak") && i + 1 < args.length) {
                dir = Path.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                i++;
            } else if (script == null) {
                script = args[i];
            }
        }
        if (dir == null || script == null) {
            System.err.println("usage: ivr play SCRIPT --speak DIR [--lang fi|sv|en] [--speech en]");
            System.exit(64);
        }
        Survey survey;
        try {
            survey = SurveyScripts.read(Path.of(script));
        } catch (InvalidScriptException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        PromptSpeaker speaker = PromptSpeaker.forSurvey(survey, dir);
        int status = Play.run(args, speaker);
        if (status == 0) {
            System.out.println("The prompts, as WAV files in the order played: " + dir.toAbsolutePath());
        }
        System.exit(status);
    }
}
