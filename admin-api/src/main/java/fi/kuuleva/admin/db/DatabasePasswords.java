package fi.kuuleva.admin.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded server's two generated passwords (the superuser's, used only at start, and the service role's), kept in
 * one file readable by its owner only (mode 600), created with that mode on first start. Immutable.
 */
record DatabasePasswords(String superuser, String service) {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The file beside the data directory: {@code var/db} keeps its passwords in {@code var/db-passwords}. */
    static Path fileFor(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-passwords");
    }

    /** Reads the file, or creates it (mode 600) with new random passwords; a file open to others is closed to them. */
    static DatabasePasswords readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Properties created = new Properties();
                created.setProperty("superuser", generate());
                created.setProperty("service", generate());
                try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    created.store(out, "Kuuleva's embedded PostgreSQL: generated passwords; keep this file with the"
                            + " data directory and readable by the service's user only");
                }
            }
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            Properties stored = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                stored.load(in);
            }
            String superuser = stored.getProperty("superuser", "");
            String service = stored.getProperty("service", "");
            if (superuser.length() < 20 || service.length() < 20) {
                throw new IllegalStateException(file + " lacks the superuser or service password");
            }
            return new DatabasePasswords(superuser, service);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the database passwords in " + file, e);
        }
    }

    /** Writes the superuser's password alone (mode 600) for initdb's {@code --pwfile}; removed after the start. */
    static Path superuserFile(Path dataDir, DatabasePasswords passwords) throws IOException {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-initdb-password");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, passwords.superuser() + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static void removeSuperuserFile(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolveSibling(dataDir.getFileName() + "-initdb-password"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the initdb password file beside " + dataDir, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }
}
