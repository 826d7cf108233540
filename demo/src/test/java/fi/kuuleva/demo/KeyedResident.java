package fi.kuuleva.demo;

import fi.kuuleva.survey.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simulated resident of the {@code store-test} survey (Finnish known: no language menu) who consents and answers
 * its four questions by key, {@value #GAP_SECONDS} s apart, each resident {@code n} differently: what they key and
 * what must then be stored. A retry after a lost call resumes at the first unanswered question, without consent.
 */
record KeyedResident(int n) {

    static final double GAP_SECONDS = 2;
    private static final List<String> QUESTIONS = List.of("yksin", "arki", "kotihoito", "asuminen");

    String name() {
        return "resident" + n;
    }

    /** The number called: +358000997NNN (the channel's digits without the plus). */
    String phone() {
        return String.format("+358000997%03d", n);
    }

    /** Question id to the key pressed, in the survey's order. */
    Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("yksin", n % 2 == 0 ? "1" : "2");
        keys.put("arki", Integer.toString(n % 5 + 1));
        keys.put("kotihoito", n % 3 == 0 ? "1" : "2");
        keys.put("asuminen", n / 2 % 2 == 0 ? "1" : "2");
        return keys;
    }

    /** Question id to the value stored for it. */
    Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        keys().forEach((question, key) -> answers.put(question, switch (question) {
            case "yksin", "kotihoito" -> key.equals("1") ? "yes" : "no";
            case "asuminen" -> key.equals("1") ? "talo" : "kerrostalo";
            default -> key;
        }));
        return answers;
    }

    /** The first call: consent (1), then every answer. */
    String script() {
        ResidentScript script = ResidentScript.keys("1");
        keys().values().forEach(key -> script.waits(GAP_SECONDS).presses(key));
        return script.toString();
    }

    /**
     * The call after one lost with {@code answered} stored: none stored is a first call again; else the survey
     * resumes at the first question without an answer and asks no consent.
     */
    String scriptAfter(Set<String> answered) {
        if (answered.isEmpty()) {
            return script();
        }
        List<String> left = QUESTIONS.stream().filter(q -> !answered.contains(q)).map(q -> keys().get(q)).toList();
        if (left.isEmpty()) {
            return ResidentScript.keys().toString();
        }
        ResidentScript script = ResidentScript.keys(left.get(0));
        left.stream().skip(1).forEach(key -> script.waits(GAP_SECONDS).presses(key));
        return script.toString();
    }

    DemoResident demoResident() {
        return new DemoResident(name(), phone(), Language.FI, "answers by key", Map.of("RESIDENT_SCRIPT", script()),
                "COMPLETED");
    }
}
