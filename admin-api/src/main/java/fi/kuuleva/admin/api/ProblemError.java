package fi.kuuleva.admin.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing wrong with a request: where ({@code path} a JSON path into the body or a script path, {@code line} and
 * {@code field} in an uploaded file) and what.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemError(String path, Integer line, String field, String message) {

    public static ProblemError at(String path, String message) {
        return new ProblemError(path, null, null, message);
    }

    public static ProblemError line(int line, String field, String message) {
        return new ProblemError(null, line, field, message);
    }

    public static ProblemError message(String message) {
        return new ProblemError(null, null, null, message);
    }
}
