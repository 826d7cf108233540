package fi.kuuleva.admin.api;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * Thrown by controllers and services to answer with a problem document: the status, a short machine-readable kind,
 * what is wrong and, where it applies, each error with its place. Nothing is changed by a request that ends so.
 */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String kind;
    private final List<ProblemError> errors;

    public ApiProblem(HttpStatus status, String kind, String detail, List<ProblemError> errors) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem badRequest(String detail, List<ProblemError> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-body", detail, errors);
    }

    public static ApiProblem badRequest(String path, String message) {
        return badRequest(path + ": " + message, List.of(ProblemError.at(path, message)));
    }

    public static ApiProblem invalid(String detail, List<ProblemError> errors) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid", detail, errors);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", detail, List.of());
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "conflict", detail, List.of());
    }

    public static ApiProblem tooLarge(String detail) {
        return new ApiProblem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "too-large", detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + kind, status.getReason(), status.getCode(), getMessage(), errors);
    }
}
