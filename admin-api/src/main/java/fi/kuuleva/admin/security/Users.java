package fi.kuuleva.admin.security;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.api.ProblemError;
import fi.kuuleva.admin.audit.Auditor;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Local users: created, changed and removed by admins (audited), checked at login. A new password, disabling and
 * removal end the user's sessions ({@link Sessions}). Thread-safe.
 */
@Singleton
public class Users {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private final UserRepository repository;
    private final Passwords passwords;
    private final Auditor audit;
    private final Clock clock;

    public Users(UserRepository repository, Passwords passwords, Auditor audit, Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The user, if the name and password match an enabled account. Unknown, disabled and wrong-password logins all
     * run one bcrypt verification, so that their timing does not tell them apart.
     */
    public Optional<UserAccount> authenticate(String username, String password) {
        Optional<UserAccount> user = validName(username) ? repository.findById(username) : Optional.empty();
        boolean matches = passwords.matches(password, user.map(UserAccount::passwordHash).orElse(null));
        return user.filter(u -> matches && !u.disabled());
    }

    /** Whether the name could be a local user's (so it is safe to look up, store and log). */
    public static boolean validName(String username) {
        return username != null && NAME.matcher(username).matches();
    }

    public List<UserAccount> all() {
        return repository.findAllOrderByUsername();
    }

    public boolean any() {
        return repository.count() > 0;
    }

    @Transactional
    public UserAccount create(String actor, String username, String password, List<String> roles) {
        if (!validName(username)) {
            throw ApiProblem.badRequest("$.username", "1-64 letters, digits or . _ @ -");
        }
        List<String> checked = roles("$.roles", roles);
        if (repository.existsById(username)) {
            throw ApiProblem.conflict("user " + username + " exists already");
        }
        Instant now = clock.instant();
        UserAccount user = repository.save(new UserAccount(username, passwords.hash(password, "$.password"), checked,
                false, now, now, repository.newSessionGeneration()));
        audit.record(actor, "user.create", "user/" + username, Map.of("roles", checked));
        return user;
    }

    @Transactional
    public UserAccount update(String actor, String username, List<String> roles, String password, Boolean disabled) {
        UserAccount user = repository.findById(username).orElseThrow(() -> ApiProblem.notFound("no user " + username));
        List<String> newRoles = roles == null ? user.roles() : roles("$.roles", roles);
        String hash = password == null ? user.passwordHash() : passwords.hash(password, "$.password");
        boolean off = disabled == null ? user.disabled() : disabled;
        if (actor.equals(username) && (off || !newRoles.contains(Roles.ADMIN))) {
            throw ApiProblem.conflict("an admin cannot disable themself or take away their own ADMIN role");
        }
        boolean endSessions = password != null || off && !user.disabled();
        UserAccount changed = repository.update(new UserAccount(username, hash, newRoles, off, user.createdAt(),
                clock.instant(), endSessions ? repository.newSessionGeneration() : user.sessionGeneration()));
        audit.record(actor, "user.update", "user/" + username, Map.of("roles", newRoles, "disabled", off,
                "passwordChanged", password != null));
        return changed;
    }

    @Transactional
    public void delete(String actor, String username) {
        if (actor.equals(username)) {
            throw ApiProblem.conflict("an admin cannot remove themself");
        }
        if (!repository.existsById(username)) {
            throw ApiProblem.notFound("no user " + username);
        }
        repository.deleteById(username);
        audit.record(actor, "user.delete", "user/" + username, Map.of());
    }

    private static List<String> roles(String path, List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw ApiProblem.badRequest(path, "at least one of " + Roles.ALL);
        }
        List<ProblemError> errors = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (!Roles.ALL.contains(roles.get(i))) {
                errors.add(ProblemError.at(path + "[" + i + "]", "not a role: '" + roles.get(i) + "' (" + Roles.ALL + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors.get(0).path() + ": " + errors.get(0).message(), errors);
        }
        return List.copyOf(new LinkedHashSet<>(roles));
    }
}
