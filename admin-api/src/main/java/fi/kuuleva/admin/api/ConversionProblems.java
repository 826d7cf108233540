package fi.kuuleva.admin.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A body or parameter that cannot be read as its type (a string for a number, an unknown field, a date that is no
 * date) as a 400 problem at its JSON path ({@code $.callingWindows[0].x}) or parameter name. Stateless.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
final class ConversionProblems implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    private static final Pattern UNKNOWN = Pattern.compile("Unknown property \\[([^\\]]*)\\]");
    private final ApiProblemHandler problems = new ApiProblemHandler();

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        String argument = exception.getArgument().getName();
        SerdeException serde = serde(exception);
        ProblemError error;
        if (serde == null) {
            error = ProblemError.at(argument, "cannot be read as " + exception.getArgument().getType().getSimpleName()
                    + ": " + exception.getConversionError().getOriginalValue().map(String::valueOf).orElse(""));
        } else {
            String text = String.valueOf(serde.getMessage());
            String path = path(serde.getPath(), text.contains("expected START_ARRAY"));
            error = UNKNOWN.matcher(text).find() ? ProblemError.at(path, "is not a known field")
                    : ProblemError.at(path, message(serde));
        }
        return problems.handle(request, ApiProblem.badRequest(error.path() + ": " + error.message(),
                List.of(error)));
    }

    private static SerdeException serde(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerdeException serde) {
                return serde;
            }
            if (cause instanceof ConversionErrorException conversion
                    && conversion.getConversionError().getCause() != cause) {
                SerdeException inner = serde(conversion.getConversionError().getCause());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /**
     * The JSON path of serde's references, which come innermost first; a list that is no list has not reached its
     * first item, so {@code notAList} drops that item's index.
     */
    static String path(List<ReferencePath> references, boolean notAList) {
        List<ReferencePath> outermostFirst = new ArrayList<>(references == null ? List.of() : references);
        Collections.reverse(outermostFirst);
        if (notAList && !outermostFirst.isEmpty()
                && outermostFirst.get(outermostFirst.size() - 1) instanceof CollectionItemReferencePath) {
            outermostFirst.remove(outermostFirst.size() - 1);
        }
        StringBuilder path = new StringBuilder("$");
        for (ReferencePath reference : outermostFirst) {
            if (reference instanceof PropertyReferencePath property) {
                path.append('.').append(property.property().getName());
            } else if (reference instanceof CollectionItemReferencePath item) {
                path.append('[').append(item.index()).append(']');
            } else if (reference instanceof MapItemReferencePath entry) {
                path.append('.').append(entry.key());
            }
        }
        return path.toString();
    }

    /** The reader's own words without the Java type names and source positions. */
    private static String message(SerdeException serde) {
        String text = String.valueOf(serde.getMessage());
        int colon = text.lastIndexOf("]: ");
        text = colon >= 0 ? text.substring(colon + 3) : text;
        int at = text.indexOf("\n at [Source");
        return "has the wrong type or form: " + (at >= 0 ? text.substring(0, at) : text).strip();
    }
}
