package fi.kuuleva.admin.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Micronaut's own errors (401, 403, 404, 405, 413, 415, ...) as problem documents too. Failed constraints and values
 * that cannot be read have their own handlers ({@link ConstraintProblems}, {@link ConversionProblems}) and paths.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemBodies implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        List<ProblemError> errors = context.getErrors().stream().map(ProblemBodies::error).toList();
        String detail = errors.isEmpty() ? response.getStatus().getReason()
                : String.join("; ", errors.stream().map(ProblemBodies::describe).toList());
        return new Problem(Problem.TYPE_BASE + kind(response.code()), response.getStatus().getReason(),
                response.code(), detail, errors.size() > 1 || errors.stream().anyMatch(e -> e.path() != null) ? errors
                : List.of());
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }

    private static ProblemError error(Error error) {
        return new ProblemError(error.getPath().map(ProblemBodies::jsonPath).orElse(null), null, null,
                error.getMessage());
    }

    private static String describe(ProblemError error) {
        return error.path() == null ? error.message() : error.path() + ": " + error.message();
    }

    /** {@code create.body.windows[0].from} becomes {@code $.windows[0].from}; other paths are kept. */
    static String jsonPath(String path) {
        int body = path.indexOf("body");
        if (body < 0) {
            return path;
        }
        String rest = path.substring(body + "body".length());
        return rest.isEmpty() ? "$" : "$" + (rest.startsWith(".") || rest.startsWith("[") ? rest : "." + rest);
    }

    private static String kind(int status) {
        return switch (status) {
            case 400 -> "invalid-body";
            case 401 -> "login-required";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }
}
