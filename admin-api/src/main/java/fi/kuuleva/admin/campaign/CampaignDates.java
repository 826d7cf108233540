package fi.kuuleva.admin.campaign;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Campaign dates in the years 2000 to 2100, the end not before the start; each reported at its field. Checked by
 * {@link CampaignConstraints}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@Constraint(validatedBy = {})
public @interface CampaignDates {
    String message() default "not campaign dates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
