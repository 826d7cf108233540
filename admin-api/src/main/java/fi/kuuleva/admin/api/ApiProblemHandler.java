package fi.kuuleva.admin.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Renders an {@link ApiProblem} as {@code application/problem+json}. */
@Produces
@Singleton
final class ApiProblemHandler implements ExceptionHandler<ApiProblem, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ApiProblem problem) {
        return HttpResponse.<Problem>status(problem.status())
                .body(problem.toProblem())
                .contentType(MediaType.of(Problem.MEDIA_TYPE));
    }
}
