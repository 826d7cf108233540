package fi.kuuleva.admin.progress;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The live progress stream ({@code kuuleva.progress}).
 *
 * @param poll      how often the figures are read for a stream
 * @param keepAlive the longest time between two events, changed or not
 */
@ConfigurationProperties("kuuleva.progress")
public record ProgressConfig(@Bindable(defaultValue = "1s") Duration poll,
                             @Bindable(defaultValue = "15s") Duration keepAlive) {
}
