package fi.kuuleva.demo;

import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.Users;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * DEMO ONLY: on the first demo run (no user yet), an officer-and-admin and an analyst with random passwords, kept in
 * {@code <var>/demo-logins.txt} (owner-only) so that later runs can show them again.
 */
final class DemoLogins {

    private DemoLogins() {
    }

    /** The demo's logins as lines to print, creating them when the database has no user at all. */
    static List<String> ensure(Users users, Path varDir) throws IOException {
        Path file = varDir.resolve("demo-logins.txt");
        if (!users.any()) {
            String officer = password();
            String analyst = password();
            users.create("demo", "officer", officer, List.of(Roles.OFFICER, Roles.ADMIN));
            users.create("demo", "analyst", analyst, List.of(Roles.ANALYST));
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, "officer (officer, admin): " + officer + "\nanalyst (analyst): " + analyst + "\n",
                    StandardCharsets.UTF_8);
        }
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    private static String password() {
        byte[] random = new byte[9];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
