package fi.kuuleva.admin.campaign;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Retry delays by outcome: ISO-8601 durations for the outcomes officers may set; each reported at its key. Checked by
 * {@link CampaignConstraints}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Constraint(validatedBy = {})
public @interface RetryDelays {
    String message() default "not retry delays by outcome";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
