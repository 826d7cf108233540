package fi.kuuleva.admin;

import fi.kuuleva.admin.db.EmbeddedDatabase;
import fi.kuuleva.admin.db.EmbeddedDatabaseConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL for the whole test JVM (a temporary data directory, a free port), with a fresh database
 * per test class. Test classes point {@code datasources.default.url} at it, so they also exercise the external-server
 * path; the embedded-by-default path has its own test.
 */
public final class TestDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedDatabase server;

    private TestDatabase() {
    }

    public static synchronized EmbeddedDatabase server() {
        if (server == null) {
            Path dir = temporaryDirectory("kuuleva-test-db");
            server = EmbeddedDatabase.start(new EmbeddedDatabaseConfig(dir, 0, false));
            EmbeddedDatabase started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                delete(dir);
                delete(dir.resolveSibling(dir.getFileName() + "-passwords"));
            }));
        }
        return server;
    }

    /** Creates an empty database and returns the properties pointing the default datasource at it. */
    public static Map<String, String> freshDatabase() {
        String name = "kuuleva_" + DATABASES.incrementAndGet();
        EmbeddedDatabase db = server();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.SUPERUSER,
                db.superuserPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return Map.of("datasources.default.url", db.jdbcUrl(name),
                "datasources.default.username", EmbeddedDatabase.SUPERUSER,
                "datasources.default.password", db.superuserPassword());
    }

    public static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
