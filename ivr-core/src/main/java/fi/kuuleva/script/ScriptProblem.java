package fi.kuuleva.script;

/**
 * One thing wrong with a survey script.
 *
 * @param path    where, as a JSON path into the script ({@code questions[3].options[1].text.sv}); empty for the whole
 * @param line    the line in the script file it points at, or 0 when unknown
 * @param message what is wrong, in plain words for the officer
 */
public record ScriptProblem(String path, int line, String message) {

    @Override
    public String toString() {
        String where = path.isEmpty() ? "(script)" : path;
        return line > 0 ? "line " + line + ", " + where + ": " + message : where + ": " + message;
    }
}
