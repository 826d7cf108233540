package fi.kuuleva.admin.security;

import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./ivr user add NAME --role ADMIN [--role OFFICER]}: adds a local user straight into the database (with the
 * service stopped when it uses the embedded database). The password is asked twice, or read from standard input.
 */
public final class AddUser {

    private AddUser() {
    }

    public static void main(String[] args) throws IOException {
        String name = null;
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--role") && i + 1 < args.length) {
                roles.add(args[++i].toUpperCase(java.util.Locale.ROOT));
            } else if (name == null && !args[i].startsWith("--")) {
                name = args[i];
            } else {
                fail("unexpected argument " + args[i]);
            }
        }
        if (name == null || roles.isEmpty()) {
            fail("usage: ./ivr user add NAME --role ADMIN|OFFICER|ANALYST [--role ...]");
        }
        String password = password();
        SigningKey.provide(java.nio.file.Path.of(System.getenv().getOrDefault("KUULEVA_VAR_DIR", "var")));
        try (ApplicationContext context = ApplicationContext.run(Map.of("kuuleva.dispatcher.enabled", false))) {
            context.getBean(Users.class).create("cli", name, password, roles);
            System.out.println("added " + name + " " + roles);
        } catch (fi.kuuleva.admin.api.ApiProblem problem) {
            fail(problem.getMessage());
        }
    }

    private static String password() throws IOException {
        Console console = System.console();
        if (console == null) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        }
        String first = new String(console.readPassword("Password (at least %d characters): ", Passwords.MIN_LENGTH));
        String again = new String(console.readPassword("Again: "));
        if (!first.equals(again)) {
            fail("the passwords differ");
        }
        return first;
    }

    private static void fail(String message) {
        System.err.println("user add: " + message);
        System.exit(2);
    }
}
