package fi.kuuleva.admin.report.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kuuleva.admin.report.figures.Cell;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * One campaign of a version: its sample by final disposition (count by AAPOR code), respondents (complete or partial), RR2 and AAPOR's
 * rates; rates withheld (absent) when any of its disposition counts is suppressed.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignQuality(long campaignId, String name, Cell sampled, Cell respondents, Double responseRate,
                              Map<String, Cell> dispositions, OutcomeRates rates) {
}
