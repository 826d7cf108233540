package fi.kuuleva.admin.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.optout.DoNotCallStore;
import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL as another process on the host meets it: no connection without the password, the service's
 * role no superuser (no {@code COPY ... TO PROGRAM}, no password hashes), loopback only, the password file mode 600;
 * and a data directory from before (trust, tables in {@code public} owned by the superuser) upgraded on start.
 */
class EmbeddedDatabaseSecurityIT {

    private static final Path DIR = TestDatabase.temporaryDirectory("kuuleva-db-security-it");

    @AfterAll
    static void removeData() {
        TestDatabase.delete(DIR);
    }

    @Test
    void nothingConnectsWithoutThePasswordAndTheServiceRoleIsNoSuperuser() throws Exception {
        Path data = DIR.resolve("fresh");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(new EmbeddedDatabaseConfig(data, 0, false))) {
            Path passwords = DatabasePasswords.fileFor(data);
            try (Connection superuser = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.SUPERUSER,
                    db.superuserPassword()); Statement sql = superuser.createStatement()) {
                assertEquals("", single(sql, "SHOW unix_socket_directories"), "no Unix socket");
            }
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords)));
            assertFalse(Files.exists(DIR.resolve("fresh-initdb-password")), "initdb's password file is gone");
            for (String user : List.of(EmbeddedDatabase.SUPERUSER, EmbeddedDatabase.SERVICE_ROLE)) {
                assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), user, null).close(),
                        user + " without a password");
                assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), user, "").close(),
                        user + " with an empty password");
                assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), user, "guess")
                        .close(), user + " with a wrong password");
            }
            try (Connection service = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.SERVICE_ROLE,
                    db.servicePassword()); Statement sql = service.createStatement()) {
                assertEquals("kuuleva", single(sql, "SELECT current_schema()"));
                assertEquals("false", single(sql, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"));
                assertEquals("localhost", single(sql, "SHOW listen_addresses"));
                assertEquals("scram-sha-256", single(sql, "SHOW password_encryption"));
                for (String forbidden : List.of("COPY (SELECT 1) TO PROGRAM 'id'", "SELECT rolpassword FROM pg_authid",
                        "SELECT pg_read_file('pg_hba.conf')", "CREATE TABLE public.planted (x int)",
                        "CREATE DATABASE planted", "CREATE ROLE planted", "ALTER ROLE kuuleva SUPERUSER")) {
                    SQLException refused = assertThrows(SQLException.class, () -> sql.execute(forbidden), forbidden);
                    assertEquals("42501", refused.getSQLState(), forbidden + ": " + refused.getMessage());
                }
                sql.execute("CREATE TABLE own_table (x int)");
                SQLException notAllowed = assertThrows(SQLException.class, () -> sql.execute("SHOW hba_file"));
                assertEquals("42501", notAllowed.getSQLState());
                assertEquals("kuuleva", single(sql, "SELECT relnamespace::regnamespace::text FROM pg_class"
                        + " WHERE relname = 'own_table'"));
            }
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(new EmbeddedDatabaseConfig(data, 0, false));
             Connection service = DriverManager.getConnection(again.jdbcUrl(), EmbeddedDatabase.SERVICE_ROLE,
                     again.servicePassword()); Statement sql = service.createStatement()) {
            assertEquals("0", single(sql, "SELECT count(*) FROM own_table"), "restarted with the same passwords");
        }
    }

    @Test
    void aTrustingDatabaseFromBeforeIsLockedDownAndKeepsItsData() throws Exception {
        Path data = DIR.resolve("legacy");
        Files.createDirectories(data);
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).start()) {
            String url = legacy.getJdbcUrl("postgres", "postgres");
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
            try (Connection db = DriverManager.getConnection(url, "postgres", "");
                 Statement sql = db.createStatement()) {
                sql.execute("INSERT INTO do_not_call (phone_e164, reason, source) VALUES ('+3584000000009', 'x',"
                        + " 'OFFICER')");
                assertEquals("public", single(sql, "SELECT relnamespace::regnamespace::text FROM pg_class"
                        + " WHERE relname = 'do_not_call'"));
            }
        }
        Map<String, Object> properties = Map.of("kuuleva.db.embedded.data-dir", data.toString(),
                "kuuleva.db.embedded.port", 0, "kuuleva.dispatcher.enabled", false);
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            assertTrue(context.getBean(DoNotCallStore.class).contains("+3584000000009"), "the data is still there");
            EmbeddedDatabase db = context.getBean(EmbeddedDatabase.class);
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "").close());
            try (Connection superuser = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.SUPERUSER,
                    db.superuserPassword()); Statement sql = superuser.createStatement()) {
                assertEquals("0", single(sql, "SELECT count(*) FROM pg_class"
                        + " WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S', 'v')"),
                        "nothing left in public");
                assertEquals("0", single(sql, "SELECT count(*) FROM pg_proc"
                        + " WHERE pronamespace = 'public'::regnamespace"));
                assertEquals("[kuuleva]", rows(sql, "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class"
                        + " WHERE relnamespace = 'kuuleva'::regnamespace").toString(), "the service role owns all");
                assertEquals("[kuuleva]", rows(sql, "SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc"
                        + " WHERE pronamespace = 'kuuleva'::regnamespace").toString());
                assertFalse(Files.readAllLines(data.resolve("pg_hba.conf")).stream()
                        .anyMatch(line -> !line.startsWith("#") && line.contains("trust")), "no trust left");
            }
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        List<String> rows = rows(sql, query);
        assertEquals(1, rows.size(), query);
        return rows.get(0);
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
