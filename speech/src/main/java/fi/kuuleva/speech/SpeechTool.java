package fi.kuuleva.speech;

import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.speech.asr.SpeechLanguages;
import fi.kuuleva.speech.audio.PromptFormat;
import fi.kuuleva.speech.prompt.PromptManifest;
import fi.kuuleva.speech.prompt.PromptPreparer;
import fi.kuuleva.speech.setup.SpeechSetupException;
import fi.kuuleva.survey.Survey;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

/**
 * Command line: {@code prepare SCRIPT [--out DIR] [--format wav|wav16|sln|sln16] [--recordings DIR]} makes every
 * prompt of a survey in every language into DIR (the prompt cache) and writes {@code DIR/<survey id>.manifest.json};
 * {@code check SCRIPT} tells whether the synthesizers and speech models the survey needs are there. Other settings
 * come from the environment ({@link SpeechConfig#fromEnvironment}).
 */
public final class SpeechTool {

    private SpeechTool() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 2 || !List.of("prepare", "check").contains(args.get(0))) {
            err.println("usage: prepare SCRIPT [--out DIR] [--format wav|wav16|sln|sln16] [--recordings DIR]\n"
                    + "       check SCRIPT");
            return 2;
        }
        try {
            Survey survey = SurveyScripts.read(Path.of(args.get(1)));
            SpeechConfig config = options(SpeechConfig.fromEnvironment(System.getenv()), args.subList(2, args.size()));
            if (args.get(0).equals("check")) {
                Speech.promptFiles(config).check(survey.languages());
                try (SpeechLanguages languages = Speech.speechLanguages(config, new HashSet<>(survey.languages()))) {
                    out.println("prompts: " + survey.languages() + " can be synthesized");
                    out.println("spoken answers: " + languages.languages());
                    languages.warnings().forEach(warning -> out.println("warning: " + warning));
                }
                return 0;
            }
            long start = System.nanoTime();
            PromptManifest manifest = new PromptPreparer(Speech.promptFiles(config)).prepare(survey);
            Path json = config.cacheDir().resolve(survey.id() + ".manifest.json");
            manifest.writeTo(json);
            out.printf("prepared %d prompts of %s in %s in %d ms; manifest %s%n", manifest.files().size(),
                    survey.id(), survey.languages(), (System.nanoTime() - start) / 1_000_000, json);
            return 0;
        } catch (InvalidScriptException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException | SpeechSetupException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static SpeechConfig options(SpeechConfig config, List<String> options) {
        SpeechConfig result = config;
        for (int i = 0; i + 1 < options.size(); i += 2) {
            String value = options.get(i + 1);
            result = switch (options.get(i)) {
                case "--out" -> result.withCacheDir(Path.of(value));
                case "--format" -> result.withFormat(PromptFormat.fromExtension(value));
                case "--recordings" -> result.withRecordings(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + options.get(i));
            };
        }
        if (options.size() % 2 != 0) {
            throw new IllegalArgumentException("option " + options.get(options.size() - 1) + " needs a value");
        }
        return result;
    }
}
