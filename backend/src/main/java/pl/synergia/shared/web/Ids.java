package pl.synergia.shared.web;

import java.util.List;
import java.util.UUID;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;

/** Parses identifiers from paths: a malformed id is a bad request (400), not a missing record (404). */
public final class Ids {

    private static final java.util.regex.Pattern UUID_TEXT = java.util.regex.Pattern
            .compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private Ids() {
    }

    public static UUID uuid(String parameter, String raw) {
        if (raw == null || !UUID_TEXT.matcher(raw).matches()) {
            throw ProblemException.invalidParameters(List.of(new FieldError(parameter, "not-a-uuid", "must be a UUID")));
        }
        return UUID.fromString(raw);
    }
}
