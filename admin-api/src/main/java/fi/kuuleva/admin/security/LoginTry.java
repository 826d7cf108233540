package fi.kuuleva.admin.security;

/** What {@link LoginThrottle#claim} gives a login: a try to spend on the password, or a wait. */
sealed interface LoginTry permits ClaimedTry, RefusedTry {
}
