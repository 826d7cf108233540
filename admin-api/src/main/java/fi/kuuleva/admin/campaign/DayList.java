package fi.kuuleva.admin.campaign;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Days of the week in the calling-window grammar ({@code MON-FRI}, {@code MON,WED}). Checked by {@link
 * CampaignConstraints}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Constraint(validatedBy = {})
public @interface DayList {
    String message() default "not days of the week such as MON-FRI or MON,WED";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
