package fi.kuuleva.campaign.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.campaign.CampaignId;
import fi.kuuleva.campaign.DoNotCallList;
import fi.kuuleva.campaign.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CallingCalendarProperties {
    private static final Holidays FINNISH = new FinnishHolidays();
    private static final Duration QUARTER = Duration.ofMinutes(15);

    @Provide
    Arbitrary<List<CallingWindow>> windows() {
        return ScheduleArbitraries.windows();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return ScheduleArbitraries.instants();
    }

    @Provide
    Arbitrary<int[]> days() {
        return ScheduleArbitraries.campaignDays();
    }

    /**
     * The next callable instant is callable (in a window by its Helsinki local time, not a holiday, within the
     * dates), not before {@code from}, and the earliest: every window edge, date change and clock change falls on
     * a quarter hour, so no quarter hour in between may be callable.
     */
    @Property(tries = 400)
    void theNextCallableInstantIsTheFirstCallableOne(@ForAll("windows") List<CallingWindow> windows,
                                                      @ForAll("instants") Instant from, @ForAll("days") int[] days) {
        CallingCalendar calendar = calendar(windows, from, days);
        Optional<Instant> next = calendar.nextCallableInstant(from);
        if (next.isEmpty()) {
            LocalDate last = calendar.lastDay();
            Instant afterLast = last.plusDays(1).atStartOfDay(CallingCalendar.HELSINKI).toInstant();
            assertNothingCallable(calendar, from, afterLast);
            return;
        }
        Instant at = next.get();
        assertFalse(at.isBefore(from));
        assertTrue(calendar.isCallable(at));
        LocalDateTime local = CallingCalendar.local(at);
        assertTrue(windows.stream().anyMatch(w -> w.includes(local)), "inside a window in local time");
        assertFalse(FINNISH.isHoliday(local.toLocalDate()), "not on a holiday");
        assertNothingCallable(calendar, from, at);
    }

    /** The policies allow a call exactly when the calendar says the instant is callable. */
    @Property(tries = 1000)
    void policiesAllowACallExactlyAtCallableInstants(@ForAll("windows") List<CallingWindow> windows,
                                                     @ForAll("instants") Instant now, @ForAll("days") int[] days) {
        CallingCalendar calendar = calendar(windows, now, days);
        Campaign campaign = new Campaign(new CampaignId("p"), new SurveyVersion("s", 1), CampaignState.RUNNING, 0,
                calendar.firstDay(), calendar.lastDay(), windows, Set.of(), RetryPolicy.defaults());
        CallCandidate fresh = new CallCandidate(campaign, new PhoneNumber("+358401234567"), CallHistory.none());
        boolean allowed = CallPolicies.standard(FINNISH, DoNotCallList.none()).check(fresh, now).isAllowed();
        assertEquals(calendar.isCallable(now), allowed);
    }

    static CallingCalendar calendar(List<CallingWindow> windows, Instant around, int[] days) {
        LocalDate first = CallingCalendar.local(around).toLocalDate().plusDays(days[0]);
        return new CallingCalendar(windows, FINNISH, first, first.plusDays(days[1]));
    }

    private static void assertNothingCallable(CallingCalendar calendar, Instant from, Instant until) {
        Instant probe = from.truncatedTo(ChronoUnit.HOURS);
        while (probe.isBefore(from)) {
            probe = probe.plus(QUARTER);
        }
        for (; probe.isBefore(until); probe = probe.plus(QUARTER)) {
            assertFalse(calendar.isCallable(probe), () -> "callable earlier, at " + from);
        }
    }
}
