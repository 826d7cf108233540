package fi.kuuleva.admin.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points the default datasource at the embedded PostgreSQL when no URL is configured for it. Runs when the datasource
 * configuration is bound and before its {@code @PostConstruct} (which would otherwise fail without a URL), so the
 * server is up before the pool, Flyway or any repository exists; an external server ({@code datasources.default.url},
 * env {@code DATASOURCES_DEFAULT_URL}) leaves the embedded one unstarted. The service, Flyway included, connects as the
 * role {@code kuuleva}, owner of its schema and nothing else.
 */
@Singleton
final class EmbeddedDatasource implements BeanInitializedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatasource.class);
    private static final String DEFAULT = "default";

    private final BeanProvider<EmbeddedDatabase> embedded;

    EmbeddedDatasource(BeanProvider<EmbeddedDatabase> embedded) {
        this.embedded = embedded;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        if (!DEFAULT.equals(datasource.getName()) || datasource.getConfiguredUrl() != null) {
            return datasource;
        }
        EmbeddedDatabase database = embedded.get();
        LOG.info("no datasources.default.url configured: using the embedded PostgreSQL on port {} with data in {}",
                database.port(), database.dataDir());
        datasource.setUrl(database.jdbcUrl());
        datasource.setUsername(EmbeddedDatabase.SERVICE_ROLE);
        datasource.setPassword(database.servicePassword());
        datasource.setDriverClassName("org.postgresql.Driver");
        return datasource;
    }
}
