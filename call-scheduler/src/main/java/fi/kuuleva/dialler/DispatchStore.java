package fi.kuuleva.dialler;

import fi.kuuleva.campaign.pacing.Go;
import fi.kuuleva.campaign.pacing.Pace;
import fi.kuuleva.campaign.pacing.Pacer;
import fi.kuuleva.campaign.pacing.PacerSettings;
import fi.kuuleva.campaign.pacing.TokenBucket;
import fi.kuuleva.campaign.pacing.Wait;
import fi.kuuleva.survey.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The dispatcher's side of the store: claiming due respondents, starting and ending their attempts, and ending the
 * attempts of lost instances. Each method is one transaction. Several instances may share one database: a respondent
 * is claimed by at most one of them at a time, and an attempt is counted when claimed, so the attempt cap holds even
 * when an instance dies mid-call. A call dialled holds one of its Asterisk server's lines (a lease, {@link
 * LineStatements}) from its claim to its end, in the same transactions, so every instance sees the same lines in
 * use. Thread-safe.
 */
@Singleton
public class DispatchStore {

    private final DispatchRepository repository;
    private final ClaimStatement claims;
    private final LineStatements lines;
    private final LineConfig lineConfig;

    public DispatchStore(DispatchRepository repository, ClaimStatement claims, LineStatements lines,
                         LineConfig lineConfig) {
        this.repository = repository;
        this.claims = claims;
        this.lines = lines;
        this.lineConfig = lineConfig;
    }

    /**
     * Claims one due respondent of those of {@code campaignIds} that are running, with one of {@code server}'s
     * lines: with the server's row locked, a line must be free and a start due by the server's start rate (shared by
     * every instance); then the respondent is claimed as {@link #claimDue} does and the line leased to
     * {@code instanceId} for the attempt. Nothing is taken when nobody is due.
     */
    @Transactional
    public LineClaim claimLine(String server, PacerSettings limits, Collection<Long> campaignIds, Instant now,
                               String instanceId) {
        Instant arrival = lines.lockServer(server, now);
        TokenBucket bucket = new TokenBucket(limits.interval(), limits.burst(), arrival);
        Pace pace = Pacer.decide(lines.inUse(server, now), bucket, limits, now);
        if (pace instanceof Wait wait) {
            return new NoLine(wait);
        }
        List<ClaimedCall> claimed = campaignIds.isEmpty() ? List.of()
                : claim(repository.lockRunning(campaignIds), now, 1, instanceId);
        if (claimed.isEmpty()) {
            return new NobodyDue();
        }
        lines.keepBucket(server, ((Go) pace).bucket().theoreticalArrival());
        ClaimedCall call = claimed.get(0);
        lines.lease(server, instanceId, call.attemptId(), now, now.plus(lineConfig.leaseTtl()));
        return new Claimed(call);
    }

    /**
     * Claims up to {@code limit} due respondents of all running campaigns, highest priority first: not in a call,
     * not done, under the campaign's attempt cap, {@code next_attempt_at <= now}, number not on the do-not-call list.
     * Each gets a queued attempt (number = attempts so far + 1) owned by {@code instanceId}, without a line: the
     * dispatcher claims through {@link #claimLine}; this batch form serves tools and tests of the claim itself.
     */
    @Transactional
    public List<ClaimedCall> claimDue(Instant now, int limit, String instanceId) {
        return claim(repository.lockRunning(), now, limit, instanceId);
    }

    /** As {@link #claimDue(Instant, int, String)}, from those of {@code campaignIds} that are running. */
    @Transactional
    public List<ClaimedCall> claimDue(Collection<Long> campaignIds, Instant now, int limit, String instanceId) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        return claim(repository.lockRunning(campaignIds), now, limit, instanceId);
    }

    private List<ClaimedCall> claim(List<RunningCampaign> campaigns, Instant now, int limit, String instanceId) {
        if (limit <= 0) {
            return List.of();
        }
        List<ClaimedCall> claimed = new ArrayList<>();
        for (RunningCampaign campaign : campaigns) {
            int left = limit - claimed.size();
            if (left == 0) {
                break;
            }
            for (ClaimRow row : claims.claim(campaign.id(), campaign.maxAttempts(), now, left, instanceId,
                    campaign.asteriskServer())) {
                claimed.add(new ClaimedCall(row.attemptId(), row.attemptNo(), row.respondentId(), campaign.id(),
                        campaign.surveyVersionId(), row.phoneE164(),
                        row.language() == null ? null : Language.fromCode(row.language()).orElse(null),
                        campaign.asteriskServer()));
            }
        }
        return claimed;
    }

    /** The attempt was dialled (queued → in progress); false when it has already ended. */
    @Transactional
    public boolean started(long attemptId, Instant at, @Nullable String asteriskServer) {
        return repository.start(attemptId, at, asteriskServer) == 1;
    }

    /**
     * Ends an open attempt as decided by {@code end} and releases its respondent: done, or pending again from
     * {@code end.nextAttemptAt()}. False, changing nothing, when the attempt has already ended (for instance
     * reconciled after its instance was presumed lost): an attempt is ended, and counted, once.
     */
    @Transactional
    public boolean finish(long attemptId, AttemptEnd end) {
        Optional<OpenAttempt> open = repository.lockOpen(attemptId);
        if (open.isEmpty()) {
            return false;
        }
        store(open.get(), end);
        return true;
    }

    /**
     * Ends every open attempt of {@code instanceId} (call it when that instance starts again: its calls died with it)
     * as {@code decision} says. Attempts another transaction is ending right now are left to it.
     */
    @Transactional
    public List<Reconciled> reconcileInstance(String instanceId, Instant now, OrphanDecision decision) {
        return reconcile(repository.lockOpenOf(instanceId), now, decision);
    }

    /**
     * Ends every attempt still open that was queued before {@code queuedBefore}, whichever instance owns it: pick a
     * threshold longer than any call can last, since a live call older than it is ended too (its later
     * {@link #finish} then returns false).
     */
    @Transactional
    public List<Reconciled> reconcileStale(Instant queuedBefore, Instant now, OrphanDecision decision) {
        return reconcile(repository.lockOpenQueuedBefore(queuedBefore), now, decision);
    }

    private List<Reconciled> reconcile(List<OpenAttempt> open, Instant now, OrphanDecision decision) {
        List<Reconciled> reconciled = new ArrayList<>(open.size());
        for (OpenAttempt attempt : open) {
            AttemptEnd end = decision.decide(attempt, now);
            store(attempt, end);
            reconciled.add(new Reconciled(attempt, end));
        }
        return reconciled;
    }

    /**
     * Ends every open attempt whose line lease lapsed by {@code now} (its instance stopped renewing it: dead, or cut
     * off from the database), whichever instance owns it, as {@code decision} says.
     */
    @Transactional
    public List<Reconciled> reconcileLapsed(Instant now, OrphanDecision decision) {
        return reconcile(repository.lockOpenWithLapsedLine(now), now, decision);
    }

    private void store(OpenAttempt attempt, AttemptEnd end) {
        int ended = repository.end(attempt.attemptId(), end.state(), end.outcome(), end.reason(),
                end.hangupCause(), end.endedAt());
        if (ended != 1) {
            throw new IllegalStateException("attempt " + attempt.attemptId() + " was locked open but did not end");
        }
        repository.release(attempt.respondentId(), end.respondentStatus(), end.outcome(), end.nextAttemptAt());
        lines.giveBackOfAttempt(attempt.attemptId());
    }

    /**
     * Gives back a claim that was never dialled (a policy or the pacer said not now): the queued attempt is deleted
     * and not counted, and the respondent is due again at {@code nextAttemptAt}, or done with {@code outcome} when
     * it is null (no calling time left). False, changing nothing, when the attempt is no longer queued.
     */
    @Transactional
    public boolean unclaim(ClaimedCall call, @Nullable Instant nextAttemptAt, String outcome) {
        lines.giveBackOfAttempt(call.attemptId());
        if (repository.deleteQueued(call.attemptId()) != 1) {
            return false;
        }
        int released = nextAttemptAt != null ? repository.unclaim(call.respondentId(), nextAttemptAt)
                : repository.unclaimDone(call.respondentId(), outcome);
        if (released != 1) {
            throw new IllegalStateException("respondent " + call.respondentId() + " was not in a call");
        }
        return true;
    }

    /** Running campaigns, highest priority first. */
    @Transactional
    public List<RunningCampaign> running() {
        return repository.findRunning();
    }

    /** Whether anybody in the campaign is still to be called or in a call. */
    @Transactional
    public boolean anybodyWaiting(long campaignId) {
        return repository.countWaiting(campaignId) > 0;
    }

    /** The survey engine's outcome the attempt's call recorded, if it reached one. */
    @Transactional
    public Optional<String> surveyOutcome(long attemptId) {
        return repository.surveyOutcome(attemptId);
    }
}
