package fi.kuuleva.dialler;

import fi.kuuleva.lines.LineLease;
import fi.kuuleva.lines.Lines;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@link Lines} of the configured Asterisk servers, leased in PostgreSQL to this instance
 * ({@code kuuleva.dispatcher.instance-id}) as the dialler's own calls are, so one limit counts both. Also renews and
 * sweeps this instance's leases for {@link LineHeartbeat}. Thread-safe.
 */
@Singleton
public class StoredLines implements Lines {

    private final LineStatements statements;
    private final List<AsteriskServerConfig> servers;
    private final LineConfig config;
    private final String instanceId;
    private final Clock clock;

    StoredLines(LineStatements statements, List<AsteriskServerConfig> servers, LineConfig config,
                DispatcherConfig dispatcher, Clock clock) {
        this.statements = statements;
        this.servers = servers;
        this.config = config;
        this.instanceId = dispatcher.instance();
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<LineLease> take(String server) {
        Optional<AsteriskServerConfig> entry = servers.stream().filter(s -> s.name().equals(server)).findFirst();
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        statements.lockServer(server, now);
        if (statements.inUse(server, now) >= entry.get().maxConcurrentCalls()) {
            return Optional.empty();
        }
        long id = statements.lease(server, instanceId, null, now, now.plus(config.leaseTtl()));
        return Optional.of(new LineLease(id, server));
    }

    @Override
    @Transactional
    public void giveBack(LineLease lease) {
        statements.giveBack(lease.id());
    }

    /** Renews this instance's leases that have not lapsed and deletes others' lapsed ones; returns those renewed. */
    @Transactional
    public int renew() {
        Instant now = clock.instant();
        statements.sweep(now);
        return statements.renew(instanceId, now, now.plus(config.leaseTtl()));
    }

    /** Gives back every lease of this instance: call it when none of its calls is up any more. */
    @Transactional
    public int giveBackAll() {
        return statements.giveBackAll(instanceId);
    }
}
