package pl.synergia.shared.problem;

import java.util.List;

/** Thrown by services and resources to answer with a specific problem; mapped by {@code shared.http.ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, ProblemType.BLANK, "Not Found", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemType.BLANK, "Forbidden", detail, List.of());
    }

    /** 422: the content is well-formed but breaks a rule (unknown gmina, bad reference, ...). */
    public static ProblemException unprocessable(List<FieldError> errors) {
        return new ProblemException(422, ProblemType.UNPROCESSABLE, "Invalid request content",
                "One or more values are invalid; see errors.", errors);
    }

    public static ProblemException invalidParameters(List<FieldError> errors) {
        return new ProblemException(400, ProblemType.VALIDATION, "Invalid request parameters",
                "One or more request parameters are invalid.", errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
