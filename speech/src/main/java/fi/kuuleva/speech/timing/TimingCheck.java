package fi.kuuleva.speech.timing;

import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.speech.Speech;
import fi.kuuleva.speech.SpeechConfig;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings.Voice;
import fi.kuuleva.survey.Survey;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ivr check SCRIPT... --timing}: validates each script like {@code ivr check} and prints, per language and
 * start, the prompt audio of an all-keys call as a Markdown table, with the speech configuration of the environment
 * ({@link SpeechConfig#fromEnvironment}). Exit 0 when all scripts are valid, 2 when any is refused, 64 on bad
 * arguments.
 */
public final class TimingCheck {

    private TimingCheck() {
    }

    public static void main(String[] args) throws IOException {
        List<String> scripts = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                scripts.add(arg);
            }
        }
        if (scripts.isEmpty()) {
            System.err.println("usage: ivr check SCRIPT... --timing");
            System.exit(64);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PromptFiles files = Speech.promptFiles(SpeechConfig.fromEnvironment(System.getenv()));
        CallTiming timing = new CallTiming(files);
        int status = 0;
        List<String> voices = new ArrayList<>();
        out.println(header());
        for (String script : scripts) {
            try {
                Survey survey = SurveyScripts.read(Path.of(script));
                files.check(survey.languages());
                Voice voice = survey.settings().voice();
                voices.add(String.format(Locale.ROOT, "%s: %.1f syllables/s (repeats %.1f), %d ms between sentences",
                        survey.id(), voice.syllablesPerSecond(), voice.slowSyllablesPerSecond(),
                        voice.sentencePauseMillis()));
                for (Language language : survey.languages()) {
                    for (Start start : Start.values()) {
                        out.println(row(survey, timing.measure(survey, language, start)));
                    }
                }
            } catch (InvalidScriptException e) {
                System.err.println(e.getMessage());
                status = 2;
            }
        }
        out.println();
        out.println("Prompt audio as calls play it (silent margins included), a resident answering every question"
                + " with the first valid key; keys only.");
        voices.forEach(out::println);
        System.exit(status);
    }

    static String header() {
        return "| survey | lang | start | before 1st question | prompts before | all-keys total | prompts "
                + "| longest prompt | key presses |\n|---|---|---|---:|---:|---:|---:|---|---:|";
    }

    static String row(Survey survey, TimingFigures figures) {
        PlayedPrompt longest = figures.longest();
        return String.format(Locale.ROOT, "| %s | %s | %s | %.1f s | %d | %.1f s | %d | %.1f s `%s` | %d |",
                survey.id(), figures.language().code(), figures.start().label(), figures.secondsBeforeFirstQuestion(),
                figures.beforeFirstQuestion(), figures.totalSeconds(), figures.played().size(),
                longest.millis() / 1000.0, longest.prompt().id(), figures.keyPresses());
    }
}
