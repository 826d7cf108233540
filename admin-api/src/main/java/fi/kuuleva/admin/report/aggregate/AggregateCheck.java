package fi.kuuleva.admin.report.aggregate;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Live aggregates (with the changes not yet applied) compared with a recount of the answers, answer pairs,
 * respondents and attempts.
 *
 * @param differing         answer count cells that differ
 * @param pairDiffering     answer pair count cells (the cross-tabs' counts) that differ
 * @param responseDiffering response figure cells that differ
 * @param pending   answer changes the aggregation route has not applied yet (counted in {@code liveAnswers})
 */
@Serdeable
public record AggregateCheck(long versionId, boolean agree, long differing, long pairDiffering,
                             long responseDiffering,
                             long liveAnswers, long rebuiltAnswers, long pending) {
}
