package fi.kuuleva.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DEMO ONLY: what a simulated resident does after answering, as asterisk-config's {@code RESIDENT_SCRIPT} (steps
 * joined by "|", since AMI splits variable values at commas). Starts with a wait that covers answering machine
 * detection, when keys would be lost.
 */
public final class ResidentScript {

    private final List<String> steps = new ArrayList<>();

    private ResidentScript() {
    }

    /** A person who waits 4 s, then presses each key in turn, a second apart. */
    public static ResidentScript keys(String... keys) {
        ResidentScript script = new ResidentScript().waits(4);
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                script.waits(1);
            }
            script.presses(keys[i]);
        }
        return script;
    }

    public ResidentScript waits(double seconds) {
        steps.add("w" + String.format(Locale.ROOT, "%.1f", seconds));
        return this;
    }

    public ResidentScript presses(String keys) {
        steps.add("d" + keys);
        return this;
    }

    /** Plays an audio file (absolute path without extension) as the resident's voice. */
    public ResidentScript says(String path) {
        steps.add("s" + path);
        return this;
    }

    public ResidentScript hangsUp() {
        steps.add("h");
        return this;
    }

    @Override
    public String toString() {
        return String.join("|", steps);
    }
}
