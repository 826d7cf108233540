package fi.kuuleva.admin.campaign;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A time of day {@code HH:MM}, 00:00 to 23:59. Checked by {@link CampaignConstraints}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Constraint(validatedBy = {})
public @interface TimeOfDay {
    String message() default "not a time HH:MM (00:00 to 23:59)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
