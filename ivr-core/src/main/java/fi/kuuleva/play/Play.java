package fi.kuuleva.play;

import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.Trigger;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code ivr play SCRIPT [--lang fi|sv|en] [--speech en,...]}: plays a survey at the keyboard. Exit 0 when played,
 * 2 when the script is refused (every problem printed), 64 on bad arguments.
 */
public final class Play {

    private Play() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, prompt -> { }));
    }

    /** Runs the command with {@code speaker} receiving every prompt played; returns the exit code. */
    public static int run(String[] args, Consumer<Prompt> speaker) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Optional<Arguments> arguments = Arguments.parse(args, System.err);
        if (arguments.isEmpty()) {
            return 64;
        }
        Survey survey;
        try {
            survey = SurveyScripts.read(arguments.get().script());
        } catch (InvalidScriptException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Optional<Language> language = arguments.get().language();
        if (language.isPresent() && !survey.languages().contains(language.get())) {
            System.err.println(arguments.get().script() + ": the survey has no " + language.get()
                    + " (it has " + survey.languages() + ")");
            return 64;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new ConsolePlayer(new FlowEngine(survey, BuiltInPhrases.phrases()), in, out, speaker)
                .play(Trigger.firstCall(language, arguments.get().speech()));
        return 0;
    }

    /** The parsed command line. */
    public record Arguments(Path script, Optional<Language> language, Set<Language> speech) {

        static Optional<Arguments> parse(String[] args, PrintStream err) {
            Path script = null;
            Optional<Language> language = Optional.empty();
            Set<Language> speech = EnumSet.noneOf(Language.class);
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if ((arg.equals("--lang") || arg.equals("--speech")) && i + 1 < args.length) {
                    for (String code : args[++i].split(",")) {
                        Optional<Language> parsed = Language.fromCode(code.trim());
                        if (parsed.isEmpty()) {
                            err.println("unknown language '" + code + "': use fi, sv or en");
                            return Optional.empty();
                        }
                        if (arg.equals("--lang")) {
                            language = parsed;
                        } else {
                            speech.add(parsed.get());
                        }
                    }
                } else if (arg.startsWith("--")) {
                    i++; // options of wrappers (e.g. --speak DIR) are theirs to read
                } else if (script == null) {
                    script = Path.of(arg);
                }
            }
            if (script == null) {
                err.println("usage: ivr play SCRIPT [--lang fi|sv|en] [--speech en]");
                return Optional.empty();
            }
            return Optional.of(new Arguments(script, language, speech));
        }
    }
}
