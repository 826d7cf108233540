package fi.kuuleva.admin.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a running embedded cluster, new or from an earlier version (trust for everyone, the service's tables in
 * {@code public} owned by the superuser), to its locked-down form, idempotently at every start: the superuser and the
 * service role get their passwords (SCRAM), the role {@code kuuleva} (no superuser, no role or database creation) owns
 * the schema {@code kuuleva} and everything in it (earlier objects are moved from {@code public}), nobody else may
 * create in {@code public} or connect, and {@code pg_hba.conf} allows password logins over loopback only, nothing else.
 * A new cluster never trusted anyone: {@link EmbeddedDatabase} has initdb set SCRAM and the superuser's password.
 */
final class Lockdown {

    static final String HBA = """
            # Written by Kuuleva (fi.kuuleva.admin.db) at every start: SCRAM passwords over loopback only; no trust,
            # no Unix socket, no other address. Changes here are overwritten.
            host    all    all    127.0.0.1/32    scram-sha-256
            host    all    all    ::1/128         scram-sha-256
            """;

    private static final String MOVE_LEGACY_OBJECTS = """
            DO $$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f') LOOP
                EXECUTE format('ALTER %s %s SET SCHEMA kuuleva', CASE r.relkind WHEN 'v' THEN 'VIEW'
                  WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.name);
              END LOOP;
              FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S' LOOP
                EXECUTE format('ALTER SEQUENCE %s SET SCHEMA kuuleva', r.name);
              END LOOP;
              FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                       WHERE p.pronamespace = 'public'::regnamespace LOOP
                EXECUTE format('ALTER ROUTINE %s SET SCHEMA kuuleva', r.name);
              END LOOP;
              FOR r IN SELECT t.oid::regtype AS name, t.typtype FROM pg_type t
                       WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd') LOOP
                EXECUTE format('ALTER %s %s SET SCHEMA kuuleva', CASE r.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
                  r.name);
              END LOOP;
            END $$""";

    private static final String OWN_SCHEMA_OBJECTS = """
            DO $$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                       WHERE c.relnamespace = 'kuuleva'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                         AND c.relowner <> 'kuuleva'::regrole LOOP
                EXECUTE format('ALTER %s %s OWNER TO kuuleva', CASE r.relkind WHEN 'v' THEN 'VIEW'
                  WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.name);
              END LOOP;
              FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                       WHERE c.relnamespace = 'kuuleva'::regnamespace AND c.relkind = 'S'
                         AND c.relowner <> 'kuuleva'::regrole LOOP
                EXECUTE format('ALTER SEQUENCE %s OWNER TO kuuleva', r.name);
              END LOOP;
              FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                       WHERE p.pronamespace = 'kuuleva'::regnamespace AND p.proowner <> 'kuuleva'::regrole LOOP
                EXECUTE format('ALTER ROUTINE %s OWNER TO kuuleva', r.name);
              END LOOP;
              FOR r IN SELECT t.oid::regtype AS name FROM pg_type t
                       WHERE t.typnamespace = 'kuuleva'::regnamespace AND t.typtype IN ('e', 'd')
                         AND t.typowner <> 'kuuleva'::regrole LOOP
                EXECUTE format('ALTER TYPE %s OWNER TO kuuleva', r.name);
              END LOOP;
            END $$""";

    private Lockdown() {
    }

    /** Applies the lock-down over {@code superuser} (a connection to database {@code postgres}), then reloads. */
    static void apply(Connection superuser, Path dataDir, DatabasePasswords passwords) {
        try (Statement sql = superuser.createStatement()) {
            superuser.setAutoCommit(false);
            sql.execute("SET LOCAL password_encryption = 'scram-sha-256'");
            sql.execute("ALTER ROLE " + EmbeddedDatabase.SUPERUSER + " PASSWORD " + literal(passwords.superuser()));
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kuuleva') THEN"
                    + " CREATE ROLE kuuleva; END IF; END $$");
            sql.execute("ALTER ROLE kuuleva WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
                    + " NOINHERIT PASSWORD " + literal(passwords.service()));
            sql.execute("ALTER ROLE kuuleva SET search_path = kuuleva");
            sql.execute("CREATE SCHEMA IF NOT EXISTS kuuleva AUTHORIZATION kuuleva");
            sql.execute("ALTER SCHEMA kuuleva OWNER TO kuuleva");
            sql.execute(MOVE_LEGACY_OBJECTS);
            sql.execute(OWN_SCHEMA_OBJECTS);
            sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            for (String database : List.of("postgres", "template1")) {
                sql.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            }
            sql.execute("GRANT CONNECT, TEMPORARY ON DATABASE postgres TO kuuleva");
            superuser.commit();
            Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            superuser.setAutoCommit(true);
            sql.execute("SELECT pg_reload_conf()");
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                    + " AND backend_type = 'client backend'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock down the embedded PostgreSQL in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dataDir.resolve("pg_hba.conf"), e);
        }
    }

    /** A SQL string literal (the passwords are base64url, but a quote must never end the literal). */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
