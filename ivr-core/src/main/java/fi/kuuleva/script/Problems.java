package fi.kuuleva.script;

import java.util.ArrayList;
import java.util.List;

/** Collects problems by JSON path while a script is read, so that all of them are reported at once. */
final class Problems {

    record Found(String path, String message) {
    }

    private final List<Found> found = new ArrayList<>();

    void add(String path, String message) {
        found.add(new Found(path, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems with their lines, in the order of the script. */
    List<ScriptProblem> located(ScriptLocations locations) {
        return found.stream()
                .map(problem -> new ScriptProblem(problem.path(), locations.lineOf(problem.path()), problem.message()))
                .sorted(java.util.Comparator.comparingInt(ScriptProblem::line))
                .toList();
    }
}
