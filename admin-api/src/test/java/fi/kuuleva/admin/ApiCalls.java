package fi.kuuleva.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import java.util.Map;

/** HTTP calls of one logged-in user in the ITs, and what a refusal looks like. */
public final class ApiCalls {

    private final BlockingHttpClient http;
    private final String token;

    public ApiCalls(HttpClient http, String token) {
        this.http = http.toBlocking();
        this.token = token;
    }

    public Map<String, Object> get(String uri) {
        return http.retrieve(auth(HttpRequest.GET(uri)), Argument.mapOf(String.class, Object.class));
    }

    public List<Map<String, Object>> list(String uri) {
        return http.retrieve(auth(HttpRequest.GET(uri)), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** A GET whose body is not JSON (audio, files): the whole response. */
    public HttpResponse<byte[]> bytes(String uri) {
        return http.exchange(auth(HttpRequest.GET(uri)), byte[].class);
    }

    public HttpResponse<Map<String, Object>> post(String uri, Object body) {
        return http.exchange(auth(HttpRequest.POST(uri, body)), Argument.mapOf(String.class, Object.class));
    }

    public HttpResponse<Map<String, Object>> put(String uri, Object body) {
        return http.exchange(auth(HttpRequest.PUT(uri, body)), Argument.mapOf(String.class, Object.class));
    }

    /** A request that must be refused: the refusal, after checking it is a problem document of that status. */
    public HttpClientResponseException refused(int status, MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = http.exchange(auth(request), String.class);
            throw new AssertionError("expected " + status + ", got " + response.getStatus() + " " + response.body());
        } catch (HttpClientResponseException e) {
            assertEquals(status, e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""));
            assertEquals("application/problem+json",
                    e.getResponse().getContentType().map(MediaType::toString).orElse(""));
            return e;
        }
    }

    /** The JSON paths of a refusal's errors, in order. */
    @SuppressWarnings("unchecked")
    public static List<Object> errorPaths(HttpClientResponseException e) {
        Map<String, Object> body = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
        assertNotNull(errors, body.toString());
        return errors.stream().map(error -> error.get("path")).toList();
    }

    private <T> MutableHttpRequest<T> auth(MutableHttpRequest<T> request) {
        return token == null ? request : request.bearerAuth(token);
    }
}
