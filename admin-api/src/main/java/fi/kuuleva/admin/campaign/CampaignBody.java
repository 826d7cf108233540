package fi.kuuleva.admin.campaign;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign as officers send it ({@code docs/api.md}, "Campaigns"), checked by Micronaut validation: every failed
 * constraint is reported at its JSON path. {@code id}, {@code state} and {@code createdAt} are accepted, so that a
 * campaign as read can be sent back, and ignored.
 */
@Serdeable
@CampaignDates
@JsonIgnoreProperties(ignoreUnknown = false)
public record CampaignBody(@Nullable Long id,
                           @NotNull(message = "is required") @PlainText(max = 200) String name,
                           @NotNull(message = "is required") @Digits(integer = 18, fraction = 0, message = WHOLE)
                           BigDecimal surveyVersionId,
                           @Nullable String state,
                           @Nullable LocalDate startDate,
                           @Nullable LocalDate endDate,
                           @Nullable List<@NotNull(message = "must be an object {days, from, to}") @Valid WindowBody>
                                   callingWindows,
                           @Nullable @RetryDelays Map<String, String> retryPolicy,
                           @Nullable @Digits(integer = 2, fraction = 0, message = WHOLE)
                           @Min(value = 1, message = "must be from 1 to 10")
                           @Max(value = 10, message = "must be from 1 to 10") BigDecimal maxAttempts,
                           @Nullable @Digits(integer = 4, fraction = 0, message = WHOLE)
                           @Min(value = -1000, message = "must be from -1000 to 1000")
                           @Max(value = 1000, message = "must be from -1000 to 1000") BigDecimal priority,
                           @Nullable @PlainText(max = 100) String asteriskServer,
                           @Nullable String createdAt) {

    /** Numbers are read as written, so that 1.5 is refused rather than cut to 1. */
    static final String WHOLE = "must be a whole number";
}
