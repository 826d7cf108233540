package fi.kuuleva.admin.api;

import io.micronaut.core.annotation.Nullable;

/**
 * A yes-or-no query parameter read strictly: {@code true} or {@code false} (any case), the default when left out, and a
 * 400 problem for anything else, so that {@code ?dryRun=1} never falls back to the dangerous default. Pure.
 */
public final class QueryFlag {

    private QueryFlag() {
    }

    public static boolean read(String name, @Nullable String value, boolean whenLeftOut) {
        if (value == null || value.isEmpty()) {
            return whenLeftOut;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw ApiProblem.badRequest(name, "must be true or false, not '" + value + "'");
    }
}
