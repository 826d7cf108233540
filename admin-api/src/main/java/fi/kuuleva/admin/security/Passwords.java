package fi.kuuleva.admin.security;

import fi.kuuleva.admin.api.ApiProblem;
import jakarta.inject.Singleton;
import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt hashes of passwords (cost 12), and the rule a new password must meet. Thread-safe. */
@Singleton
public class Passwords {

    static final int MIN_LENGTH = 12;
    private static final int COST = 12;
    /** Compared against when the user does not exist, so a login takes as long either way. */
    private final String decoy = encode("no such user, no such password");

    public String hash(String password, String path) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw ApiProblem.badRequest(path, "a password has at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw ApiProblem.badRequest(path, "a password has at most 72 bytes (bcrypt's limit)");
        }
        return encode(password);
    }

    /**
     * Whether the password matches the hash. Runs exactly one bcrypt verification whatever the input: against a
     * decoy when there is no hash (no such user), so that every refusal takes as long as a wrong password.
     */
    public boolean matches(String password, String hash) {
        boolean usable = password != null && password.getBytes(StandardCharsets.UTF_8).length <= 72;
        boolean verified = BCrypt.verifyer().verify((usable ? password : "").toCharArray(),
                hash == null ? decoy : hash).verified;
        return usable && hash != null && verified;
    }

    private static String encode(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }
}
