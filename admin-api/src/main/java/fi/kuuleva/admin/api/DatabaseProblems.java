package fi.kuuleva.admin.api;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last guard for a value the endpoints did not check and PostgreSQL refuses (a NUL character, a date out of its
 * range, a number too large): a 400 problem in plain words. No answer ever carries the database's text; the log gets
 * the SQL state, and the whole error only when it is the service's fault (500). Stateless.
 */
@Produces
@Singleton
final class DatabaseProblems implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProblems.class);
    private final ApiProblemHandler problems = new ApiProblemHandler();

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
        String state = sqlState(exception);
        if (state != null && state.startsWith("22")) {
            // Without the statement: its values may be phone numbers.
            LOG.warn("{} {} refused by the database (SQLSTATE {})", request.getMethod(), request.getPath(), state);
            return problems.handle(request, ApiProblem.badRequest(message(state),
                    List.of(ProblemError.message(message(state)))));
        }
        LOG.error("{} {} failed in the database (SQLSTATE {})", request.getMethod(), request.getPath(), state,
                exception);
        return problems.handle(request, new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "the request could not be stored; the service log has the details", List.of()));
    }

    private static String message(String state) {
        return switch (state) {
            case "22021", "22P05" -> "a text contains a character that cannot be stored (such as NUL)";
            case "22008", "22007" -> "a date or time is outside the range that can be stored";
            case "22003" -> "a number is outside the range that can be stored";
            case "22001" -> "a text is longer than can be stored";
            default -> "a value cannot be stored as given";
        };
    }

    private static String sqlState(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
