package fi.kuuleva.admin;

import io.micronaut.runtime.Micronaut;

/** The Kuuleva service: the PostgreSQL store, the dispatcher's and the call's ports, and (later) the officers' API. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
