package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for the property tests: windows on quarter hours, often around the 03:00-04:00 daylight-saving hour;
 * instants clustered around the daylight-saving Sundays of March and October (some within two hours of the clock
 * change), around Christmas and Midsummer, or anywhere in 2024-2030.
 */
final class ScheduleArbitraries {
    static final List<AttemptOutcome> RETRYABLE = Arrays.stream(AttemptOutcome.values()).filter(o -> !o.isFinal())
            .toList();

    private ScheduleArbitraries() {
    }

    static Arbitrary<CallingWindow> window() {
        Arbitrary<Integer> startQuarter = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(8, 20)),
                Tuple.of(2, Arbitraries.integers().between(0, 94)));
        Arbitrary<Integer> lengthQuarters = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(1, 6)),
                Tuple.of(2, Arbitraries.integers().between(1, 40)));
        Arbitrary<java.util.Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1);
        return Combinators.combine(days, startQuarter, lengthQuarters).as((d, start, length) ->
                new CallingWindow(d, quarter(start), quarter(Math.min(start + length, 95))));
    }

    static Arbitrary<List<CallingWindow>> windows() {
        return window().list().ofMinSize(1).ofMaxSize(3);
    }

    static Arbitrary<Instant> instants() {
        Arbitrary<Integer> years = Arbitraries.integers().between(2024, 2030);
        Arbitrary<Long> nearby = Arbitraries.longs().between(-4 * 86_400L, 4 * 86_400L);
        Arbitrary<Instant> aroundSpring = Combinators.combine(years, nearby)
                .as((y, s) -> dstSunday(y, Month.MARCH).plusSeconds(s));
        Arbitrary<Instant> aroundAutumn = Combinators.combine(years, nearby)
                .as((y, s) -> dstSunday(y, Month.OCTOBER).plusSeconds(s));
        Arbitrary<Long> withinTwoHours = Arbitraries.longs().between(-7_200L, 7_200L);
        Arbitrary<Instant> atAClockChange = Combinators.combine(years, Arbitraries.of(Month.MARCH, Month.OCTOBER),
                withinTwoHours).as((y, m, s) -> dstSunday(y, m).plusSeconds(s));
        Arbitrary<Instant> aroundChristmas = Combinators.combine(years, nearby)
                .as((y, s) -> noon(LocalDate.of(y, 12, 24)).plusSeconds(s));
        Arbitrary<Instant> aroundMidsummer = Combinators.combine(years, nearby)
                .as((y, s) -> noon(LocalDate.of(y, 6, 21)).plusSeconds(s));
        Arbitrary<Instant> anywhere = Arbitraries.longs()
                .between(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2030-12-31T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        return Arbitraries.frequencyOf(Tuple.of(2, aroundSpring), Tuple.of(2, aroundAutumn), Tuple.of(2, atAClockChange),
                Tuple.of(1, aroundChristmas), Tuple.of(1, aroundMidsummer), Tuple.of(2, anywhere));
    }

    /** Caps 1-10; each retryable outcome has no delay (one time in {@code 1 + retried}) or 5 minutes to 3 days. */
    static Arbitrary<RetryPolicy> retryPolicies(int retried) {
        Arbitrary<List<Integer>> minutes = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0)), Tuple.of(retried, Arbitraries.integers().between(5, 3 * 1440)))
                .list().ofSize(RETRYABLE.size()).withoutEdgeCases();
        return Combinators.combine(Arbitraries.integers().between(1, RetryPolicy.HARD_CAP), minutes).as((cap, m) -> {
            Map<AttemptOutcome, Duration> delays = new EnumMap<>(AttemptOutcome.class);
            for (int i = 0; i < RETRYABLE.size(); i++) {
                if (m.get(i) > 0) {
                    delays.put(RETRYABLE.get(i), Duration.ofMinutes(m.get(i)));
                }
            }
            return new RetryPolicy(cap, delays);
        });
    }

    /** Campaign dates relative to a start instant: from up to 10 days before to up to 60 days after. */
    static Arbitrary<int[]> campaignDays() {
        return Combinators.combine(Arbitraries.integers().between(-10, 3), Arbitraries.integers().between(0, 60))
                .as((before, length) -> new int[] {before, length});
    }

    private static LocalTime quarter(int quarter) {
        return LocalTime.of(quarter / 4, quarter % 4 * 15);
    }

    private static Instant dstSunday(int year, Month month) {
        LocalDate sunday = LocalDate.of(year, month, month.length(false))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        return sunday.atTime(1, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    private static Instant noon(LocalDate day) {
        return ZonedDateTime.of(day.atTime(12, 0), CallingCalendar.HELSINKI).toInstant();
    }
}
