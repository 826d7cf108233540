package fi.kuuleva.admin.db;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * The PostgreSQL server started in-process when {@code datasources.default.url} is not configured.
 *
 * @param dataDir kept across restarts ({@code ${KUULEVA_VAR_DIR:var}/db} by default)
 * @param port    the local port it listens on (localhost only); 0 picks a free one
 * @param durable fsync and synchronous commit on: a committed transaction survives a crash of the machine
 */
@ConfigurationProperties("kuuleva.db.embedded")
public record EmbeddedDatabaseConfig(@Bindable(defaultValue = "var/db") Path dataDir,
                                     @Bindable(defaultValue = "15432") int port,
                                     @Bindable(defaultValue = "true") boolean durable) {
}
