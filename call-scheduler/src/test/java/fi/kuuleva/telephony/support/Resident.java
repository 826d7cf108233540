package fi.kuuleva.telephony.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A simulated resident's behaviour as the channel variables of asterisk-config's {@code simulated-residents}
 * context: waits, keys, speech and hang-up as one {@code RESIDENT_SCRIPT} (steps joined by "|").
 */
public final class Resident {

    private final Map<String, String> variables = new LinkedHashMap<>();
    private final List<String> steps = new ArrayList<>();

    public static Resident person() {
        return new Resident();
    }

    public Resident waits(double seconds) {
        steps.add(String.format(Locale.ROOT, "w%.1f", seconds));
        return this;
    }

    public Resident presses(String keys) {
        steps.add("d" + keys);
        return this;
    }

    /** Plays {@code audio} (a path without extension), then 3 s of silence. */
    public Resident says(String audio) {
        steps.add("s" + audio);
        return this;
    }

    public Resident hangsUp() {
        steps.add("h");
        return this;
    }

    public Resident with(String variable, String value) {
        variables.put(variable, value);
        return this;
    }

    public Map<String, String> variables() {
        Map<String, String> all = new LinkedHashMap<>(variables);
        if (!steps.isEmpty()) {
            all.put("RESIDENT_SCRIPT", String.join("|", steps));
        }
        return all;
    }
}
