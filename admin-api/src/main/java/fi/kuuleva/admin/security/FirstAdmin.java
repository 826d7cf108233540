package fi.kuuleva.admin.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first admin, from {@code KUULEVA_ADMIN_USER} and {@code KUULEVA_ADMIN_PASSWORD}, created at start when the
 * service has no user at all (later starts change nothing). Otherwise: {@code ./ivr user add NAME --role ADMIN}.
 */
@Singleton
class FirstAdmin implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    private final Users users;
    private final String username;
    private final String password;

    FirstAdmin(Users users, @Value("${kuuleva.security.first-admin.username:}") String username,
               @Value("${kuuleva.security.first-admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (users.any()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            LOG.warn("no users yet: set KUULEVA_ADMIN_USER and KUULEVA_ADMIN_PASSWORD, or run ./ivr user add NAME --role ADMIN");
            return;
        }
        users.create("system", username, password, List.of(Roles.ADMIN));
        LOG.info("created the first admin, {}", username);
    }
}
