package fi.kuuleva.admin.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * A campaign's texts as officers send them ({@code PUT /api/campaigns/{id}/texts}; {@code docs/api.md}). Field
 * constraints by Micronaut validation, the texts themselves by {@link CampaignTextsForm}; every problem is reported at
 * its JSON path. A missing {@code preNotice} or {@code followUp} is not sent.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record CampaignTextsBody(@Nullable @Min(value = 1, message = "must be 1 or 2")
                                @Max(value = 2, message = "must be 1 or 2") Integer maxSegments,
                                @Nullable String callBackNumber,
                                @Nullable @Valid Notice preNotice,
                                @Nullable @Valid FollowUp followUp) {

    /** The pre-notice: sent {@code leadHours} before the first call. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Notice(@NotNull(message = "is required") @Min(value = 1, message = "must be from 1 to 168")
                         @Max(value = 168, message = "must be from 1 to 168") Integer leadHours,
                         @NotNull(message = "is required") Map<String, String> texts) {
    }

    /** The follow-up: sent after {@code afterAttempts} attempts that did not reach the resident. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record FollowUp(@NotNull(message = "is required") @Min(value = 1, message = "must be from 1 to 10")
                           @Max(value = 10, message = "must be from 1 to 10") Integer afterAttempts,
                           @NotNull(message = "is required") Map<String, String> texts) {
    }
}
