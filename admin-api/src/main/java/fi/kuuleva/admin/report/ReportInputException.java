package fi.kuuleva.admin.report;

import java.util.List;

/**
 * A report request that cannot be answered as asked: what is wrong and where (JSON path, or CSV line and field).
 * The HTTP layer turns it into problem+json; nothing was changed.
 */
public final class ReportInputException extends RuntimeException {

    /** Which HTTP status the problem is. */
    public enum Kind { NOT_FOUND, BAD_REQUEST, INVALID, CONFLICT, TOO_LARGE }

    /** One problem: a JSON path, or a line and field of an upload, and what is wrong. */
    public record Problem(String path, Integer line, String field, String message) {

        public static Problem at(String path, String message) {
            return new Problem(path, null, null, message);
        }

        public static Problem line(int line, String field, String message) {
            return new Problem(null, line, field, message);
        }
    }

    private final Kind kind;
    private final transient List<Problem> problems;

    public ReportInputException(Kind kind, String detail, List<Problem> problems) {
        super(detail);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public static ReportInputException notFound(String detail) {
        return new ReportInputException(Kind.NOT_FOUND, detail, List.of());
    }

    public static ReportInputException badRequest(String path, String message) {
        return new ReportInputException(Kind.BAD_REQUEST, path + ": " + message, List.of(Problem.at(path, message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }
}
