package fi.kuuleva.admin.security;

import java.util.List;

/**
 * A login may check its password: one try of each key is counted as a failure until the login succeeds.
 *
 * @param claimed the keys' rows just after the claim (their windows, so that a success gives back the right try)
 */
record ClaimedTry(List<LoginFailure> claimed) implements LoginTry {

    ClaimedTry {
        claimed = List.copyOf(claimed);
    }
}
