package fi.kuuleva.campaign.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.campaign.CampaignId;
import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.DoNotCallList;
import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.campaign.Rejected;
import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.attempts.AttemptStatus;
import fi.kuuleva.campaign.attempts.Final;
import fi.kuuleva.campaign.attempts.FinalReason;
import fi.kuuleva.campaign.attempts.RetryAt;
import fi.kuuleva.campaign.attempts.RetryDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Runs one respondent through a campaign the way the dispatcher will: check the policies, queue an attempt, and
 * then either record an outcome and the retry decision, or crash, leaving the attempt open; on restart an open
 * attempt is ended as lost (and counts). Whatever the sequence, the cap holds and a final outcome ends calling.
 */
class CampaignSimulationProperties {
    private static final CampaignId ID = new CampaignId("sim");
    private static final PhoneNumber PHONE = new PhoneNumber("+358401234567");
    private static final Holidays FINNISH = new FinnishHolidays();
    private static final CallPolicies POLICIES = CallPolicies.standard(FINNISH, DoNotCallList.none());

    sealed interface Step permits Ends, Crashes {
    }

    /**
     * One attempt as the dialler stores it (call_attempts: state, outcome, and the retry decision that ended it);
     * {@code outcome} and {@code decision} are null while it is open.
     */
    record Attempt(int number, Instant queuedAt, boolean started, AttemptOutcome outcome, RetryDecision decision) {

        Attempt end(AttemptOutcome how, RetryDecision next) {
            if (next instanceof RetryAt && how.isFinal()) {
                throw new IllegalArgumentException("a final outcome is never retried: " + how);
            }
            return new Attempt(number, queuedAt, started, how, next);
        }

        AttemptStatus status() {
            if (decision == null) {
                return started ? AttemptStatus.IN_PROGRESS : AttemptStatus.QUEUED;
            }
            if (decision instanceof RetryAt) {
                return AttemptStatus.ERRORED_AND_RETRIED;
            }
            return outcome.isFinal() ? AttemptStatus.COMPLETED : AttemptStatus.FAILED;
        }

        Optional<Instant> retryAt() {
            return decision instanceof RetryAt retry ? Optional.of(retry.at()) : Optional.empty();
        }
    }

    /** What the policies see of the attempts so far (the dispatcher reads the same from the respondent's row). */
    private static CallHistory history(Map<Integer, Attempt> attempts) {
        boolean open = attempts.values().stream().anyMatch(a -> a.status().isOpen());
        Optional<String> finished = attempts.values().stream()
                .filter(a -> a.status() == AttemptStatus.COMPLETED || a.status() == AttemptStatus.FAILED)
                .map(a -> a.outcome().name()).findFirst();
        Optional<Instant> next = attempts.isEmpty() ? Optional.empty()
                : attempts.get(attempts.size()).retryAt();
        return new CallHistory(attempts.size(), open, finished, next);
    }

    /** The call ends after {@code seconds} with {@code outcome}, and the outcome is recorded. */
    record Ends(AttemptOutcome outcome, int seconds) implements Step {
    }

    /** The service dies with the attempt open; it may come back ({@code restarted}) after some downtime. */
    record Crashes(boolean whileQueued, boolean restarted, int downtimeMinutes) implements Step {
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Step> retryable = Combinators.combine(Arbitraries.of(ScheduleArbitraries.RETRYABLE),
                Arbitraries.integers().between(1, 900)).as(Ends::new);
        Arbitrary<Step> anyEnd = Combinators.combine(Arbitraries.of(AttemptOutcome.class),
                Arbitraries.integers().between(1, 900)).as(Ends::new);
        Arbitrary<Step> crash = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(true)), Tuple.of(1, Arbitraries.just(false))),
                Arbitraries.integers().between(0, 600)).as(Crashes::new);
        return Arbitraries.frequencyOf(Tuple.of(6, retryable), Tuple.of(1, anyEnd), Tuple.of(3, crash))
                .list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<CallingWindow>> windows() {
        return ScheduleArbitraries.windows();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return ScheduleArbitraries.instants();
    }

    /** Campaigns of two weeks to four months that have begun, so that most runs place several calls. */
    @Provide
    Arbitrary<int[]> days() {
        return Combinators.combine(Arbitraries.integers().between(-3, 0), Arbitraries.integers().between(14, 120))
                .as((before, length) -> new int[] {before, length});
    }

    @Provide
    Arbitrary<RetryPolicy> policies() {
        return ScheduleArbitraries.retryPolicies(30);
    }

    @Property(tries = 500)
    void theCapHoldsAndFinalsEndCallingWhateverHappens(@ForAll("windows") List<CallingWindow> windows,
                                                       @ForAll("instants") Instant start, @ForAll("days") int[] days,
                                                       @ForAll("policies") RetryPolicy policy,
                                                       @ForAll("scripts") List<Step> script) {
        CallingCalendar dates = CallingCalendarProperties.calendar(windows, start, days);
        Campaign campaign = new Campaign(ID, new SurveyVersion("s", 1), CampaignState.RUNNING, 0, dates.firstDay(),
                dates.lastDay(), windows, Set.of(), policy);
        Map<Integer, Attempt> attempts = run(campaign, start, script);
        Statistics.label("attempts made").collect(attempts.size());
        Statistics.label("last attempt").collect(attempts.isEmpty() ? "none" : describe(attempts.get(attempts.size())));

        assertTrue(attempts.size() <= policy.maxAttempts(), "never more attempts than the cap");
        assertEquals(IntStream.rangeClosed(1, attempts.size()).boxed().toList(), new ArrayList<>(attempts.keySet()));
        int firstFinal = attempts.values().stream().filter(a -> a.status() == AttemptStatus.COMPLETED)
                .mapToInt(Attempt::number).min().orElse(Integer.MAX_VALUE);
        assertTrue(attempts.keySet().stream().allMatch(n -> n <= firstFinal), "nothing after a final outcome");
        CallingCalendar calendar = campaign.calendar(FINNISH);
        attempts.values().stream().filter(a -> a.status() == AttemptStatus.ERRORED_AND_RETRIED)
                .forEach(retried -> {
                    assertFalse(retried.outcome().isFinal());
                    assertTrue(calendar.isCallable(retried.retryAt().orElseThrow()),
                            "a retry is inside a window, not a holiday");
                });
        attempts.values().forEach(a -> assertTrue(calendar.isCallable(a.queuedAt()), "calls only when callable"));
    }

    /** Every attempt is lost in a crash and found on restart: still five attempts, then no more. */
    @Example
    void attemptsLostInCrashesStillCountTowardsTheCap() {
        Campaign campaign = Fixtures.campaign(CampaignState.RUNNING);
        Map<Integer, Attempt> attempts = run(campaign, Fixtures.helsinki("2026-03-02T10:00:00"),
                Collections.nCopies(96, new Crashes(false, true, 5)));
        assertEquals(5, attempts.size());
        Attempt last = attempts.get(5);
        assertEquals(AttemptStatus.FAILED, last.status());
        assertEquals(AttemptOutcome.FAILED, last.outcome());
        assertEquals(FinalReason.ATTEMPT_CAP_REACHED, ((Final) last.decision()).reason());
    }

    /** A crash with no restart leaves the attempt open, and an open attempt blocks every further call. */
    @Example
    void anAttemptLeftOpenBlocksFurtherCalls() {
        Campaign campaign = Fixtures.campaign(CampaignState.RUNNING);
        Map<Integer, Attempt> attempts = run(campaign, Fixtures.helsinki("2026-03-02T10:00:00"),
                List.of(new Crashes(true, false, 0), new Ends(AttemptOutcome.BUSY, 10)));
        assertEquals(1, attempts.size());
        assertTrue(attempts.get(1).status().isOpen());
    }

    private static String describe(Attempt last) {
        return last.decision() instanceof Final stop && last.status() == AttemptStatus.FAILED
                ? "FAILED " + stop.reason() : last.status().name();
    }

    private static Map<Integer, Attempt> run(Campaign campaign, Instant start, List<Step> script) {
        CallingCalendar calendar = campaign.calendar(FINNISH);
        RetryPolicy policy = campaign.retryPolicy();
        Map<Integer, Attempt> attempts = new TreeMap<>();
        Instant now = start;
        Iterator<Step> steps = script.iterator();
        for (int guard = 0; guard < 500 && steps.hasNext(); guard++) {
            CallHistory history = history(attempts);
            Decision decision = POLICIES.check(new CallCandidate(campaign, PHONE, history), now);
            if (decision instanceof Rejected rejected) {
                Optional<Instant> later = switch (rejected.reason()) {
                    case OUTSIDE_CAMPAIGN_DATES, OUTSIDE_CALLING_WINDOW, HOLIDAY -> calendar.nextCallableInstant(now);
                    case NOT_DUE_YET -> calendar.nextCallableInstant(history.nextAttemptAt().orElseThrow());
                    default -> Optional.empty();
                };
                if (later.isEmpty()) {
                    break;
                }
                assertTrue(later.get().isAfter(now), "waiting always moves time forward");
                now = later.get();
                continue;
            }
            int number = history.nextAttemptNumber();
            Step step = steps.next();
            if (step instanceof Crashes crash) {
                Attempt open = new Attempt(number, now, !crash.whileQueued(), null, null);
                attempts.put(number, open);
                now = now.plus(Duration.ofMinutes(crash.downtimeMinutes()));
                if (crash.restarted()) {
                    attempts.put(number, open.end(AttemptOutcome.FAILED,
                            Retries.decide(number, AttemptOutcome.FAILED, policy, calendar, now)));
                }
                continue;
            }
            Ends ends = (Ends) step;
            Instant end = now.plusSeconds(ends.seconds());
            attempts.put(number, new Attempt(number, now, true, null, null).end(ends.outcome(),
                    Retries.decide(number, ends.outcome(), policy, calendar, end)));
            now = end;
        }
        return attempts;
    }
}
