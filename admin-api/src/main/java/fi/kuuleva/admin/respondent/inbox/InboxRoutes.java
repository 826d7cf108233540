package fi.kuuleva.admin.respondent.inbox;

import fi.kuuleva.admin.report.camel.KuulevaRoutes;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * {@code respondent-inbox}: each {@code <inbox>/<campaign id>/*.csv} that has not changed for
 * {@code kuuleva.import.inbox-unchanged-for} is imported, then moved with its {@code .report.json} to
 * {@code done/<campaign id>/} or {@code failed/<campaign id>/} (never scanned); a file right in the inbox goes to
 * {@code failed/} with a report saying where it belongs. A failure of the store leaves the file where it is
 * for the next poll.
 */
@Singleton
@Requires(property = "kuuleva.import.inbox-enabled", notEquals = "false")
class InboxRoutes extends KuulevaRoutes {

    static final String ROUTE = "respondent-inbox";
    static final String FOLDER = "KuulevaInboxFolder";

    private final RespondentInbox inbox;
    private final InboxConfig config;

    InboxRoutes(RespondentInbox inbox, InboxConfig config) {
        this.inbox = inbox;
        this.config = config;
    }

    @Override
    protected void routes() {
        long unchangedFor = config.inboxUnchangedFor().toMillis();
        from(file(config.inbox())
                .recursive(true).minDepth(1).maxDepth(2).includeExt("csv")
                .filterDirectory("${file:onlyname} !in 'done,failed'")
                .readLock("changed").readLockMinAge(unchangedFor).readLockMinLength(0)
                .readLockTimeout(unchangedFor + 2000)
                .delay(config.inboxPollDelay().toMillis())
                .move("${header." + FOLDER + "}/${file:name}"))
                .routeId(ROUTE)
                .bean(inbox, "take(${file:absolute.path}, ${file:name})").id("import")
                .setHeader(FOLDER, simple("${body.folder()}"))
                .setBody(simple("${body.report()}"))
                .to(file(config.inbox()).charset("UTF-8")
                        .fileName("${header." + FOLDER + "}/${file:name}.report.json")).id("report");
    }
}
