package fi.kuuleva.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuuleva.dialler.CallTargets;
import fi.kuuleva.dialler.ClaimedCall;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.util.Map;

/**
 * DEMO ONLY: the RESIDENT_* channel variables of simulated residents (table {@code demo_simulated_residents}, which
 * this class creates: the production schema has no demo table), added
 * to originates on Asterisk servers configured as {@code simulated} (the dialler's {@link CallTargets}). Thread-safe.
 */
@Singleton
public class SimulatedResidents implements CallTargets {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS demo_simulated_residents (
                respondent_id bigint PRIMARY KEY REFERENCES respondents (id) ON DELETE CASCADE,
                variables     jsonb  NOT NULL
            )""";
    private final JdbcOperations jdbc;
    private volatile boolean created;

    public SimulatedResidents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void set(long respondentId, Map<String, String> variables) {
        createTable();
        String json = write(variables);
        jdbc.prepareStatement("INSERT INTO demo_simulated_residents (respondent_id, variables) VALUES (?, CAST(? AS jsonb))"
                + " ON CONFLICT (respondent_id) DO UPDATE SET variables = EXCLUDED.variables", statement -> {
                    statement.setLong(1, respondentId);
                    statement.setString(2, json);
                    return statement.executeUpdate();
                });
    }

    @Override
    public Map<String, String> variables(ClaimedCall call) {
        return variables(call.respondentId(), call.attemptNo());
    }

    /**
     * The resident's variables for attempt {@code attemptNo}: those without a prefix on every attempt, and those
     * written {@code attempt<N>.NAME} on attempt N only (a resident who does not answer at first, then does).
     */
    public Map<String, String> variables(long respondentId, int attemptNo) {
        Map<String, String> all = variables(respondentId);
        Map<String, String> forAttempt = new java.util.TreeMap<>();
        all.forEach((name, value) -> {
            if (!name.startsWith("attempt")) {
                forAttempt.put(name, value);
            }
        });
        String prefix = "attempt" + attemptNo + ".";
        all.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                forAttempt.put(name.substring(prefix.length()), value);
            }
        });
        return forAttempt;
    }

    @Transactional
    public Map<String, String> variables(long respondentId) {
        createTable();
        return jdbc.prepareStatement("SELECT variables::text FROM demo_simulated_residents WHERE respondent_id = ?",
                statement -> {
                    statement.setLong(1, respondentId);
                    try (ResultSet result = statement.executeQuery()) {
                        return result.next() ? read(result.getString(1)) : Map.<String, String>of();
                    }
                });
    }

    /** In the caller's transaction; once per process (an advisory lock keeps two processes from racing). */
    private void createTable() {
        if (created) {
            return;
        }
        synchronized (this) {
            if (!created) {
                jdbc.prepareStatement("SELECT pg_advisory_xact_lock(4242)", statement -> statement.execute());
                jdbc.prepareStatement(TABLE, statement -> statement.execute());
                created = true;
            }
        }
    }

    private static String write(Map<String, String> variables) {
        try {
            return JSON.writeValueAsString(variables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
