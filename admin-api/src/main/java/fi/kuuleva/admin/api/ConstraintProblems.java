package fi.kuuleva.admin.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Failed constraints of a validated body or parameter as one 400 problem, each error at its JSON path
 * ({@code $.callingWindows[1].from}), in the order of the body's fields. Stateless.
 */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintProblems implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    private final ApiProblemHandler problems = new ApiProblemHandler();

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<ProblemError> errors = exception.getConstraintViolations().stream()
                .sorted(Comparator.comparingInt(ConstraintProblems::fieldOrder)
                        .thenComparing(v -> path(v.getPropertyPath())))
                .map(v -> ProblemError.at(path(v.getPropertyPath()), v.getMessage())).toList();
        return problems.handle(request, ApiProblem.badRequest(String.join("; ", errors.stream()
                .map(e -> e.path() + ": " + e.message()).toList()), errors));
    }

    /** {@code create.body.windows[0].from} is {@code $.windows[0].from}; a query parameter keeps its name. */
    static String path(Path path) {
        StringBuilder json = new StringBuilder();
        boolean body = false;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                body = true;
                json.append(node.getName());
                continue;
            }
            if (node.getIndex() != null) {
                json.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                json.append('.').append(node.getKey());
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN) {
                json.append('.').append(node.getName());
            }
        }
        String text = json.toString();
        if (body && text.startsWith("body")) {
            return "$" + text.substring("body".length());
        }
        return text.isEmpty() ? "$" : text;
    }

    /** Where the violated field stands in the body record's components; unknown places come last. */
    private static int fieldOrder(ConstraintViolation<?> violation) {
        String path = path(violation.getPropertyPath());
        Class<?> body = bodyType(violation);
        if (body == null || !body.isRecord() || !path.startsWith("$.")) {
            return Integer.MAX_VALUE;
        }
        List<String> names = Arrays.stream(body.getRecordComponents()).map(RecordComponent::getName).toList();
        int index = names.indexOf(path.substring(2).split("[.\\[]", 2)[0]);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static Class<?> bodyType(ConstraintViolation<?> violation) {
        String method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER && method != null) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                for (Class<?> type = violation.getRootBeanClass(); type != null; type = type.getSuperclass()) {
                    for (Method candidate : type.getDeclaredMethods()) {
                        if (candidate.getName().equals(method) && candidate.getParameterCount() > index) {
                            return candidate.getParameterTypes()[index];
                        }
                    }
                }
            }
        }
        return null;
    }
}
