package fi.kuuleva.admin.audit;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audits each {@link AuditedRead} call that returns: the logged-in user, the action, the subject and as details the
 * number of rows handed out and the call's number or yes/no arguments (filters, paging). Text arguments and the
 * result's contents are never written. Thread-safe.
 */
@Singleton
@InterceptorBean(AuditedRead.class)
class ReadAudit implements MethodInterceptor<Object, Object> {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Auditor audit;
    private final SecurityService security;

    ReadAudit(Auditor audit, SecurityService security) {
        this.audit = audit;
        this.security = security;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Object result = context.proceed();
        String action = context.stringValue(AuditedRead.class).orElseThrow();
        Map<String, Object> arguments = context.getParameterValueMap();
        String subject = subject(context.stringValue(AuditedRead.class, "subject").orElse(""), arguments);
        Map<String, Object> details = new LinkedHashMap<>();
        arguments.forEach((name, value) -> {
            if (value instanceof Number || value instanceof Boolean) {
                details.put(name, value);
            } else if (value instanceof String flag
                    && (flag.equalsIgnoreCase("true") || flag.equalsIgnoreCase("false"))) {
                details.put(name, Boolean.parseBoolean(flag)); // a yes/no filter read strictly (QueryFlag) as text
            }
        });
        if (result instanceof Collection<?> rows) {
            details.put("rows", rows.size());
        }
        audit.record(security.username().orElse("unknown"), action, subject, details);
        return result;
    }

    private static String subject(String template, Map<String, Object> arguments) {
        if (template.isEmpty()) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder subject = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(subject, Matcher.quoteReplacement(String.valueOf(arguments.get(matcher.group(1)))));
        }
        return matcher.appendTail(subject).toString();
    }
}
