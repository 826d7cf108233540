package fi.kuuleva.admin.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A PostgreSQL 14 server run from the binaries on the class path, on a data directory that is kept: initialised on
 * first start (with SCRAM authentication and the superuser's password from the start), reused afterwards. It listens
 * on loopback only and takes SCRAM passwords only (no trust, no Unix socket); the passwords are generated on first start into a mode-600 file beside the data directory
 * ({@link DatabasePasswords}). The service connects as the role {@code kuuleva}, which is no superuser and owns only
 * the schema {@code kuuleva} ({@link Lockdown}, applied at every start, so an older trusting cluster is upgraded).
 * Thread-safe; {@link #close()} stops the server (idempotent).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    public static final String SERVICE_ROLE = "kuuleva";
    public static final String DATABASE = "postgres";

    private final EmbeddedPostgres server;
    private final Path dataDir;
    private final DatabasePasswords passwords;

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataDir, DatabasePasswords passwords) {
        this.server = server;
        this.dataDir = dataDir;
        this.passwords = passwords;
    }

    /** Starts the server on {@code config.dataDir()}, creating the directory and the cluster when absent. */
    public static EmbeddedDatabase start(EmbeddedDatabaseConfig config) {
        Path dataDir = config.dataDir().toAbsolutePath().normalize();
        DatabasePasswords passwords = DatabasePasswords.readOrCreate(DatabasePasswords.fileFor(dataDir));
        boolean created = !Files.exists(dataDir.resolve("postgresql.conf"));
        EmbeddedPostgres server;
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(config.port())
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", passwords.superuser());
            if (created) {
                // The library runs initdb with trust; these options come after its own and win: the new cluster
                // asks for the superuser's password from its very first start.
                builder.setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", DatabasePasswords.superuserFile(dataDir, passwords).toString());
            }
            if (config.durable()) {
                // The library's defaults favour test speed (fsync off, asynchronous commit); a kept store must not.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            server = builder.start();
        } catch (IOException e) {
            DatabasePasswords.removeSuperuserFile(dataDir);
            throw new UncheckedIOException("cannot start the embedded PostgreSQL on " + dataDir + " (when it was"
                    + " started before, its passwords must be in " + DatabasePasswords.fileFor(dataDir) + ")", e);
        }
        DatabasePasswords.removeSuperuserFile(dataDir);
        EmbeddedDatabase database = new EmbeddedDatabase(server, dataDir, passwords);
        try (Connection superuser = database.superuserConnection()) {
            Lockdown.apply(superuser, dataDir, passwords);
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw new IllegalStateException("cannot lock down the embedded PostgreSQL on " + dataDir, e);
        }
        return database;
    }

    public int port() {
        return server.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The JDBC URL of {@code database} on this server (no user or password in it). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** The password of {@link #SERVICE_ROLE}, the role the service connects as. */
    public String servicePassword() {
        return passwords.service();
    }

    /** The superuser's password: for the lock-down at start and for tests that create databases. */
    public String superuserPassword() {
        return passwords.superuser();
    }

    private Connection superuserConnection() throws SQLException {
        return server.getPostgresDatabase().getConnection();
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
