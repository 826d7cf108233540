package fi.kuuleva.admin.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL 14 server run from the binaries on the class path, on a data directory that is kept: initialised on
 * first start, reused afterwards. Listens on localhost only, with trust authentication for the superuser
 * {@code postgres}. Thread-safe; {@link #close()} stops the server (idempotent).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    private final EmbeddedPostgres server;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /** Starts the server on {@code config.dataDir()}, creating the directory and the cluster when absent. */
    public static EmbeddedDatabase start(EmbeddedDatabaseConfig config) {
        Path dataDir = config.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(config.port());
            if (config.durable()) {
                // The library's defaults favour test speed (fsync off, asynchronous commit); a kept store must not.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            return new EmbeddedDatabase(builder.start(), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL on " + dataDir, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return server.getJdbcUrl(USER, database);
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL on " + dataDir, e);
        }
    }
}
