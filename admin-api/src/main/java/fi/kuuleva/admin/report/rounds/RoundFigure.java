package fi.kuuleva.admin.report.rounds;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One round's share of the chosen answers in one area (absent: the whole county), with its 95% Wilson interval and
 * {@code n} answers; only {@code suppressed} when the area's answers are not published in full. {@code change} is the
 * difference from the previous round shown, {@code significant} whether a two-proportion z-test puts it beyond chance
 * at the 5% level (absent for the first round or when either is suppressed).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoundFigure(long versionId, int versionNo, String area, Double share, Double ciLow, Double ciHigh,
                          Long n, Boolean suppressed, Double change, Boolean significant) {
}
