package fi.kuuleva.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginTest {

    private final SameOrigin check = new SameOrigin(new SessionConfig(Duration.ofHours(8), false,
            List.of("https://Kuuleva.example.fi", " ")));

    @ParameterizedTest(name = "{0} to host {1}: {2}")
    @CsvSource({
            "http://localhost:8080, localhost:8080, true",
            "http://LOCALHOST:8080, localhost:8080, true",
            "https://kuuleva.example.fi, internal:8080, true",
            "https://kuuleva.example.fi:443, internal:8080, true",
            "https://kuuleva.county.fi, kuuleva.county.fi:443, true",
            "http://localhost:1, localhost:8080, false",
            "https://evil.example, localhost:8080, false",
            "https://evil.kuuleva.example.fi, kuuleva.example.fi, false",
            "https://kuuleva.example.fi.evil.example, kuuleva.example.fi, false",
            "null, localhost:8080, false",
            "'', localhost:8080, false",
            "http://localhost:8080, , false"})
    void anOriginIsAPublicOneOrTheRequestsHost(String origin, String host, boolean same) {
        assertEquals(same, check.sameOrigin(origin, host));
    }
}
