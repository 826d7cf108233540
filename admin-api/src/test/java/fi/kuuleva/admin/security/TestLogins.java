package fi.kuuleva.admin.security;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Test users: a real user row with the given roles, and a bearer token signed by the service's own key. */
public final class TestLogins {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger USERS = new AtomicInteger();

    private TestLogins() {
    }

    /** Creates a user holding {@code roles} and returns a token for {@code Authorization: Bearer}. */
    public static String bearer(ApplicationContext context, String... roles) {
        String name = (roles.length == 0 ? "nobody" : String.join("-", roles).toLowerCase(Locale.ROOT))
                + "-" + USERS.incrementAndGet();
        return bearerFor(context, user(context, name, roles));
    }

    /** Creates a user named {@code name} with {@code roles} and the password {@link #PASSWORD}. */
    public static UserAccount user(ApplicationContext context, String name, String... roles) {
        return context.getBean(Users.class).create("test", name, PASSWORD, List.of(roles));
    }

    public static String bearerFor(ApplicationContext context, UserAccount user) {
        return context.getBean(Sessions.class).issue(user, Duration.ofHours(1));
    }
}
