package fi.kuuleva.admin.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.FilterContinuation;
import java.util.List;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Refuses a JSON request body that {@link StrictJson} finds wrong with a 400 problem naming the place, before any
 * endpoint reads it; other bodies pass untouched. Reads a copy of the body, so the endpoint still gets it. The
 * population table is CSV whatever its content type says. Stateless.
 */
@ServerFilter("/api/**")
final class StrictJsonFilter {

    private static final String CSV_EVEN_AS_JSON = "/api/reports/population";

    /** The refusal, or the answer of the rest of the chain. */
    @RequestFilter
    Publisher<MutableHttpResponse<?>> check(ServerHttpRequest<?> request,
                                            FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        boolean json = request.getContentType().map(type -> type.getSubtype().equals("json")
                || type.getSubtype().endsWith("+json")).orElse(false);
        if (!json || request.getPath().equals(CSV_EVEN_AS_JSON)) {
            return next.proceed();
        }
        return Mono.fromFuture(request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer())
                .flatMap(body -> {
                    MutableHttpResponse<?> refusal = refusal(body);
                    return refusal == null ? Mono.from(next.proceed()) : Mono.just(refusal);
                });
    }

    private static @Nullable MutableHttpResponse<?> refusal(CloseableAvailableByteBody body) {
        try (body) {
            return StrictJson.problem(body.toByteArray()).<MutableHttpResponse<?>>map(error -> HttpResponse
                    .<Problem>status(HttpStatus.BAD_REQUEST)
                    .body(ApiProblem.badRequest(error.path() + ": " + error.message(), List.of(error)).toProblem())
                    .contentType(MediaType.of(Problem.MEDIA_TYPE))).orElse(null);
        }
    }
}
