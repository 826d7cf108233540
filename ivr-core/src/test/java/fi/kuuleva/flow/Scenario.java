package fi.kuuleva.flow;

import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A golden scenario case file: a header ({@code survey:}, {@code known:}, {@code speech:}, {@code earlier:},
 * {@code voicemail-left: yes} when an earlier call left the voicemail message) and,
 * after {@code inputs:}, one caller input per line: {@code key 12}, {@code silence}, {@code say 0.62 all the time},
 * {@code record NAME SECONDS [transcript]}, {@code hangup}, {@code machine}, {@code transfer answered|unanswered}.
 * Inbound calls add {@code caller: called-back|inquiry|withheld}; {@code staff: on-duty} puts a person within reach. A line starting with {@code #}, or two spaces then {@code # }, is a comment.
 */
record Scenario(String name, String survey, Optional<Language> known, Set<Language> speech,
                Map<String, Answer> earlierAnswers, Set<String> earlierUnanswered, boolean voicemailLeft,
                Caller caller, boolean staffOnDuty,
                List<String> inputs) {

    static Scenario read(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".case", "");
        String survey = null;
        Optional<Language> known = Optional.empty();
        Set<Language> speech = EnumSet.noneOf(Language.class);
        Map<String, Answer> answers = new HashMap<>();
        Set<String> unanswered = new HashSet<>();
        boolean voicemailLeft = false;
        List<String> inputs = new ArrayList<>();
        Caller caller = Caller.CALLED;
        boolean staff = false;
        boolean inInputs = false;
        for (String raw : Files.readAllLines(file)) {
            String line = raw.replaceAll("\\s{2,}#\\s.*$", "").strip();
            if (raw.strip().startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (inInputs) {
                inputs.add(line);
                continue;
            }
            String value = line.substring(line.indexOf(':') + 1).strip();
            switch (line.substring(0, line.indexOf(':'))) {
                case "survey" -> survey = value;
                case "known" -> known = Language.fromCode(value);
                case "speech" -> {
                    for (String code : value.split(",")) {
                        speech.add(Language.fromCode(code.strip()).orElseThrow());
                    }
                }
                case "earlier" -> {
                    for (String pair : value.split(",")) {
                        String[] parts = pair.strip().split("=");
                        if (parts[1].equals("?")) {
                            unanswered.add(parts[0]);
                        } else {
                            answers.put(parts[0], Answer.byKey(parts[0], parts[1]));
                        }
                    }
                }
                case "caller" -> caller = Caller.valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
                case "staff" -> staff = value.equals("on-duty");
                case "voicemail-left" -> voicemailLeft = value.equals("yes");
                case "inputs" -> inInputs = true;
                default -> throw new IllegalArgumentException(file + ": unknown header line '" + line + "'");
            }
        }
        return new Scenario(name, survey, known, speech, answers, unanswered, voicemailLeft, caller, staff, inputs);
    }

    Trigger trigger() {
        return new Trigger(known, speech, earlierAnswers, earlierUnanswered, voicemailLeft, caller, staffOnDuty);
    }

    static Resume resume(String input) {
        String[] parts = input.split("\\s+", 2);
        String rest = parts.length > 1 ? parts[1] : "";
        return switch (parts[0]) {
            case "key" -> new DigitsEntered(rest);
            case "silence" -> new InputTimedOut();
            case "hangup" -> new CallerHungUp();
            case "machine" -> new MachineDetected();
            case "transfer" -> new TransferEnded(rest.equals("answered"));
            case "say" -> {
                String[] said = rest.split("\\s+", 2);
                yield new SpeechRecognized(said.length > 1 ? said[1] : "", Double.parseDouble(said[0]));
            }
            case "record" -> {
                String[] recorded = rest.split("\\s+", 3);
                yield new RecordingCaptured(recorded[0], Double.parseDouble(recorded[1]),
                        recorded.length > 2 ? recorded[2] : null);
            }
            default -> throw new IllegalArgumentException("unknown input '" + input + "'");
        };
    }
}
