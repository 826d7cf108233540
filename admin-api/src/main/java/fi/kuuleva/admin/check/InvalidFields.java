package fi.kuuleva.admin.check;

import java.util.List;
import java.util.stream.Collectors;

/** A request body was refused before anything changed; carries every problem found. Rendered as a 400. */
public final class InvalidFields extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidFields(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static InvalidFields at(String path, String message) {
        return new InvalidFields(List.of(new FieldError(path, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
