package fi.kuuleva.admin.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long personal data is kept ({@code kuuleva.retention}).
 *
 * @param recordings   a voice recording is deleted this long after it was made
 * @param phoneNumbers respondents' numbers are erased this long after their campaign ended (completed or cancelled)
 */
@ConfigurationProperties("kuuleva.retention")
public record RetentionConfig(@Bindable(defaultValue = "P90D") Duration recordings,
                              @Bindable(defaultValue = "P365D") Duration phoneNumbers) {
}
