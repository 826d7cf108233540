package fi.kuuleva.admin.audit;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that hands out personal data (phone numbers, call-back requests, import reports): each call that
 * returns is audited by {@link ReadAudit} with who, when, what and how many rows, never the rows themselves.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface AuditedRead {

    /** The audit action, e.g. {@code attempts.read}. */
    String value();

    /** The subject, with {@code {name}} replaced by that argument, e.g. {@code campaign/{id}}; empty for none. */
    String subject() default "";
}
