package fi.kuuleva.play;

import fi.kuuleva.flow.AnswerRecorded;
import fi.kuuleva.flow.CallerHungUp;
import fi.kuuleva.flow.DigitsEntered;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.InputAwaited;
import fi.kuuleva.flow.InputTimedOut;
import fi.kuuleva.flow.MachineDetected;
import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.PromptPlayed;
import fi.kuuleva.flow.QuestionUnanswered;
import fi.kuuleva.flow.RecordingCaptured;
import fi.kuuleva.flow.Resume;
import fi.kuuleva.flow.SpeechRecognized;
import fi.kuuleva.flow.Sprint;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.flow.Trigger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Plays a survey at the keyboard exactly as the phone engine runs it: prompts are printed (and handed to
 * {@code speaker}, which may synthesize them), a typed line is the caller's input. One player per session.
 */
public final class ConsolePlayer {

    private final FlowEngine engine;
    private final BufferedReader in;
    private final PrintStream out;
    private final Consumer<Prompt> speaker;
    private int recordings;

    public ConsolePlayer(FlowEngine engine, BufferedReader in, PrintStream out, Consumer<Prompt> speaker) {
        this.engine = engine;
        this.in = in;
        this.out = out;
        this.speaker = speaker;
    }

    /** Runs one session to its end and returns all its events. */
    public List<Event> play(Trigger trigger) throws IOException {
        List<Event> all = new ArrayList<>();
        printHelp();
        Sprint sprint = engine.start(trigger);
        while (true) {
            show(sprint);
            all.addAll(sprint.events());
            if (sprint.ended()) {
                break;
            }
            InputAwaited awaited = sprint.awaiting().orElseThrow();
            out.print(describe(awaited) + "\n> ");
            out.flush();
            sprint = engine.resume(sprint.state(), read(awaited, in.readLine()));
        }
        printSummary(all);
        return all;
    }

    private Resume read(InputAwaited awaited, String line) {
        if (line == null || line.trim().equalsIgnoreCase("h") || line.trim().equalsIgnoreCase("hangup")) {
            return new CallerHungUp();
        }
        String input = line.trim();
        if (input.isEmpty()) {
            return new InputTimedOut();
        }
        if (input.equalsIgnoreCase("m") || input.equalsIgnoreCase("machine")) {
            return new MachineDetected();
        }
        if (input.toLowerCase().startsWith("say ")) {
            String[] words = input.substring(4).trim().split("\\s+");
            double confidence = 0.95;
            String last = words[words.length - 1];
            if (words.length > 1 && last.matches("0?\\.\\d+|1(\\.0+)?")) {
                confidence = Double.parseDouble(last);
                words = java.util.Arrays.copyOf(words, words.length - 1);
            }
            return new SpeechRecognized(String.join(" ", words), confidence);
        }
        if (awaited.mode() == InputAwaited.Mode.TRANSFER) {
            return new fi.kuuleva.flow.TransferEnded(input.equalsIgnoreCase("a"));
        }
        if (awaited.mode() == InputAwaited.Mode.RECORDING && !input.matches("[0-9*#]+")) {
            recordings++;
            return new RecordingCaptured("console-recording-" + recordings, Math.max(1, input.length() / 12.0), input);
        }
        return new DigitsEntered(input);
    }

    private void show(Sprint sprint) {
        for (Event event : sprint.events()) {
            if (event instanceof PromptPlayed played) {
                Prompt prompt = played.prompt();
                speaker.accept(prompt);
                out.println("  [" + prompt.language() + (prompt.slow() ? ", slowly" : "") + "] " + prompt.text());
            } else {
                out.println("    · " + Transcript.describe(event));
            }
        }
    }

    private String describe(InputAwaited awaited) {
        String keys = String.join(" ", awaited.keys());
        String speech = awaited.grammar() == null ? "" : "; or say <words> [confidence] (" + String.join(", ",
                awaited.grammar().phrases()) + ")";
        return switch (awaited.mode()) {
            case KEY -> "(keys " + keys + speech + "; Enter = silence, h = hang up, m = machine)";
            case DIGITS -> "(digits, up to " + awaited.maxDigits() + "; Enter = silence, h = hang up)";
            case RECORDING -> "(type the spoken answer, up to " + awaited.maxRecordSeconds()
                    + " s; Enter = silence, h = hang up)";
            case TRANSFER -> "(a member of staff is rung: a = answers, Enter = nobody answers, h = hang up)";
        };
    }

    private void printHelp() {
        out.println("Playing '" + engine.survey().id() + "'. Type keys and press Enter; an empty line is silence.");
        out.println();
    }

    private void printSummary(List<Event> events) {
        out.println();
        out.println("Answers:");
        for (Event event : events) {
            if (event instanceof AnswerRecorded recorded) {
                out.println("  " + Transcript.describe(recorded));
            } else if (event instanceof QuestionUnanswered unanswered) {
                out.println("  " + unanswered.questionId() + ": (unanswered, " + unanswered.lastReason() + ")");
            }
        }
        events.stream().filter(SurveyEnded.class::isInstance).map(SurveyEnded.class::cast).findFirst()
                .ifPresent(ended -> out.println("Outcome: " + ended.outcome()
                        + (ended.lastStep() == null ? "" : " (last step: " + ended.lastStep() + ")")));
    }
}
