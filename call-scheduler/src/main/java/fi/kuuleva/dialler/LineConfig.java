package fi.kuuleva.dialler;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Line leases ({@code kuuleva.lines}): every call up holds one, renewed every {@code heartbeat} to {@code leaseTtl}
 * ahead. An instance that dies stops renewing: its lines are free again at most {@code leaseTtl} after its last
 * renewal, and its attempts are ended by another instance's next heartbeat after that.
 */
@ConfigurationProperties("kuuleva.lines")
public record LineConfig(@Bindable(defaultValue = "30s") Duration leaseTtl,
                         @Bindable(defaultValue = "10s") Duration heartbeat) {

    public LineConfig {
        if (heartbeat.compareTo(leaseTtl) >= 0) {
            throw new IllegalArgumentException("kuuleva.lines.heartbeat must be shorter than lease-ttl");
        }
    }
}
