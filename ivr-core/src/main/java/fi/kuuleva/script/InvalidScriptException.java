package fi.kuuleva.script;

import java.util.List;
import java.util.stream.Collectors;

/** A survey script was refused; carries every problem found, not just the first. */
public final class InvalidScriptException extends Exception {

    private final String source;
    private final List<ScriptProblem> problems;

    public InvalidScriptException(String source, List<ScriptProblem> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n"
                + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<ScriptProblem> problems() {
        return problems;
    }
}
