package fi.kuuleva.admin.security;

import java.util.List;

/** The service's roles: a user may hold several. */
public final class Roles {

    /** Surveys, campaigns, respondents, call-backs, erasure. */
    public static final String OFFICER = "OFFICER";
    /** Reports and exports only: never phone numbers, recordings or per-respondent rows. */
    public static final String ANALYST = "ANALYST";
    /** Users, the audit log, metrics. */
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(OFFICER, ANALYST, ADMIN);

    private Roles() {
    }
}
