package fi.kuuleva.admin.report.aggregate;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Live aggregates (with the changes not yet applied) compared with a recount of the answers, in one snapshot.
 *
 * @param differing cells whose counts differ
 * @param pending   answer changes the aggregation route has not applied yet (counted in {@code liveAnswers})
 */
@Serdeable
public record AggregateCheck(long versionId, boolean agree, long differing, long liveAnswers, long rebuiltAnswers,
                             long pending) {
}
