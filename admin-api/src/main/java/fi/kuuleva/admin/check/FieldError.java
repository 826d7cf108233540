package fi.kuuleva.admin.check;

/** One thing wrong with a request body: where ({@code $.callingWindows[0].from}) and what. */
public record FieldError(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
