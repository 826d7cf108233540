package fi.kuuleva.admin.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Login tokens of local users: each carries the user's session generation and is live only while the user is
 * enabled, still has that generation and holds every role the token names; {@link #end} moves the user to a new
 * generation, which ends every token and stream of theirs at once. Tokens of single sign-on users (no local user of
 * that name) are left to their identity provider. Thread-safe.
 */
@Singleton
public class Sessions {

    /** The claim that marks a token made by a local login. */
    static final String LOCAL = "kuulevaLocal";
    /** The claim that holds the user's session generation when the token was made. */
    static final String GENERATION = "kuulevaSession";

    private final UserRepository users;
    private final TokenGenerator tokens;

    public Sessions(UserRepository users, TokenGenerator tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** A signed token for {@code user}, valid for {@code length} unless the session ends sooner. */
    public String issue(UserAccount user, Duration length) {
        return tokens.generateToken(Authentication.build(user.username(), user.roles(),
                        Map.of(LOCAL, true, GENERATION, user.sessionGeneration())), (int) length.toSeconds())
                .orElseThrow(() -> new IllegalStateException("no token generator configured"));
    }

    /** Whether the session behind an authenticated request (or an open stream) may still act. */
    public boolean live(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        return live(authentication.getName(), claims.get(LOCAL), claims.get(GENERATION), authentication.getRoles());
    }

    boolean live(String username, Object local, Object generation, Collection<?> roles) {
        Optional<UserAccount> user = Users.validName(username) ? users.findById(username) : Optional.empty();
        if (user.isEmpty()) {
            return !"true".equals(String.valueOf(local));
        }
        UserAccount account = user.get();
        return !account.disabled() && account.roles().containsAll(roles)
                && generation instanceof Number number && number.longValue() == account.sessionGeneration();
    }

    /** Ends every token and stream of the user (a no-op for a name that is not a local user). */
    public void end(String username) {
        users.endSessions(username);
    }
}
