package fi.kuuleva.admin;

import fi.kuuleva.admin.security.SigningKey;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.nio.file.Path;

/** The Kuuleva service: the PostgreSQL store, the dispatcher's and the call's ports, and the officers' and analysts' HTTP API. */
@OpenAPIDefinition(info = @Info(title = "kuuleva", version = "0.1",
        description = "Kuuleva: phone surveys of older residents for wellbeing services counties. See docs/api.md."))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        SigningKey.provide(Path.of(System.getenv().getOrDefault("KUULEVA_VAR_DIR", "var")));
        Micronaut.run(Application.class, args);
    }
}
