package fi.kuuleva.admin.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The key that signs login tokens: {@code KUULEVA_JWT_SECRET} if set (several instances must share one), else a
 * random key kept in {@code <var>/jwt-secret} (owner-only), made on first start. Never logged.
 */
public final class SigningKey {

    public static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    private SigningKey() {
    }

    /** Sets the signing key's property for this JVM unless configuration already gives one. */
    public static void provide(Path varDir) {
        if (System.getProperty(PROPERTY) != null || present(System.getenv("KUULEVA_JWT_SECRET"))
                || present(System.getenv("MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_SECRET_GENERATOR_SECRET"))) {
            if (present(System.getenv("KUULEVA_JWT_SECRET"))) {
                System.setProperty(PROPERTY, System.getenv("KUULEVA_JWT_SECRET"));
            }
            return;
        }
        System.setProperty(PROPERTY, fromFile(varDir.resolve("jwt-secret")));
    }

    /**
     * The key in {@code file}, made if missing. Instances starting at once on one folder agree on one key: each
     * writes its own temporary file and links it into place only where no key is yet (link fails if one is), so
     * the first one published wins and the others read it.
     */
    static String fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String secret = HexFormat.of().formatHex(key);
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(temporary, secret, StandardCharsets.US_ASCII);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                Files.createLink(file, temporary);
                return secret;
            } catch (FileAlreadyExistsException madeByAnother) {
                return read(file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the token signing key " + file
                    + " (or set KUULEVA_JWT_SECRET)", e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
