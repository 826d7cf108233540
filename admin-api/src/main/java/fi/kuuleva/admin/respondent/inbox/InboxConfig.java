package fi.kuuleva.admin.respondent.inbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The respondent inbox ({@code kuuleva.import.inbox*}): CSV files dropped into {@code <inbox>/<campaign id>/} are
 * imported once they have not changed for {@code inboxUnchangedFor}; the folder is looked at every
 * {@code inboxPollDelay}.
 */
@ConfigurationProperties("kuuleva.import")
public record InboxConfig(@Bindable(defaultValue = "var/inbox") String inbox,
                          @Bindable(defaultValue = "true") boolean inboxEnabled,
                          @Bindable(defaultValue = "10s") Duration inboxPollDelay,
                          @Bindable(defaultValue = "5s") Duration inboxUnchangedFor) {
}
