package fi.kuuleva.admin.db;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The embedded server as a bean: created only when {@link EmbeddedDatasource} needs it, stopped with the context. */
@Factory
class EmbeddedDatabaseFactory {

    @Singleton
    @Bean(preDestroy = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseConfig config) {
        return EmbeddedDatabase.start(config);
    }
}
