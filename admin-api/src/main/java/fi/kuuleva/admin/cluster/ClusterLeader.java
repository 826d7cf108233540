package fi.kuuleva.admin.cluster;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this instance leads the cluster for the work that must run once in it (the daily report export, the
 * retention sweep): the leader holds a PostgreSQL session advisory lock on a connection of its own for as long as it
 * lives. When it stops or dies its session ends and the lock is free; another instance takes it at its next check
 * ({@code kuuleva.cluster.leader-check}, 10 s). Checks run on the scheduler; {@link #leads()} may be read from any
 * thread.
 */
@Singleton
public class ClusterLeader {

    /** The advisory lock's key: "kuuleva" spelled in ASCII, a namespace no other lock of ours uses. */
    static final long LOCK = 0x6b75756c657661L;
    private static final Logger LOG = LoggerFactory.getLogger(ClusterLeader.class);

    private final DataSource dataSource;
    private Connection session;
    private volatile boolean leads;
    private volatile boolean checked;

    /** {@code resolver} unwraps Micronaut Data's contextual data source to the pool itself. */
    ClusterLeader(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    /** Whether this instance held the lock at its last check (checking now if it never did). */
    public boolean leads() {
        return checked ? leads : check();
    }

    /** The opposite of {@link #leads()}, for a route's filter. */
    public boolean follows() {
        return !leads();
    }

    /** Keeps the lock, or tries to take it; returns whether this instance leads now. */
    @Scheduled(fixedDelay = "${kuuleva.cluster.leader-check:10s}")
    public synchronized boolean check() {
        checked = true;
        try {
            if (session != null && !session.isValid(5)) {
                LOG.warn("lost the database session holding cluster leadership");
                drop();
            }
            if (session == null) {
                session = dataSource.getConnection();
                session.setAutoCommit(true);
            }
            if (!leads) {
                leads = tryLock();
                if (leads) {
                    LOG.info("this instance leads the cluster: it runs the daily export and the retention sweep");
                } else {
                    drop(); // a follower holds no connection
                }
            }
        } catch (SQLException e) {
            LOG.warn("cluster leadership could not be checked: {}", e.getMessage());
            drop();
        }
        return leads;
    }

    private boolean tryLock() throws SQLException {
        try (PreparedStatement statement = session.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void drop() {
        leads = false;
        if (session != null) {
            try {
                session.close();
            } catch (SQLException e) {
                LOG.debug("closing the leadership session failed", e);
            }
            session = null;
        }
    }

    /**
     * Gives up the lead: its session goes back to the pool after unlocking, so another instance takes over. A session
     * the database already ended (the embedded server stopped first) held no lock any more: nothing to unlock.
     */
    @PreDestroy
    public synchronized void close() {
        if (session != null && leads && usable(session)) {
            try (PreparedStatement statement = session.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                statement.setLong(1, LOCK);
                statement.execute();
            } catch (SQLException e) {
                LOG.debug("unlocking leadership failed; closing its session frees it", e);
            }
        }
        drop();
    }

    private static boolean usable(Connection session) {
        try {
            return session.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }
}
