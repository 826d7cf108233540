package fi.kuuleva.admin.campaign;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A calling window that starts before it ends, within one day; reported at {@code to}. Checked by {@link
 * CampaignConstraints}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@Constraint(validatedBy = {})
public @interface WindowHours {
    String message() default "must be after from; a window cannot cross midnight";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
