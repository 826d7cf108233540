package fi.kuuleva.admin.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One of two instances on one database leads; when it stops, the other takes the lead at its next check. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterLeaderIT implements TestPropertyProvider {

    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver resolver;
    @Inject
    ClusterLeader ownLeader;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.cluster.leader-check", "1h"); // only the test moves the lead
        return properties;
    }

    @Test
    void oneInstanceLeadsAndTheLeadMovesWhenItStops() {
        ownLeader.close(); // this context's own instance steps aside for the two below
        ClusterLeader first = new ClusterLeader(dataSource, resolver);
        ClusterLeader second = new ClusterLeader(dataSource, resolver);
        try {
            assertTrue(first.leads());
            assertFalse(second.leads());
            assertTrue(first.check(), "the leader keeps the lead");
            assertFalse(second.check());

            first.close();
            assertFalse(first.leads());
            assertTrue(second.check(), "the lead moved");
            assertFalse(first.check());
        } finally {
            first.close();
            second.close();
        }
    }
}
