package pl.synergia.shared.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;

/**
 * The rules every working body keeps: a tenure ends no earlier than it starts; a role held by one
 * person at a time (a chair) is not given twice for the same day; only members serving on the
 * day of a meeting are recorded as present, each once. Pure: tested without the application.
 */
public final class BodyRules {

    private BodyRules() {
    }

    /** The errors of a tenure: {@code toDate} before {@code fromDate}. */
    public static List<FieldError> tenureErrors(Tenure tenure) {
        if (tenure.to() != null && tenure.to().isBefore(tenure.from())) {
            return List.of(new FieldError("toDate", "date-order", "must not be before fromDate"));
        }
        return List.of();
    }

    /**
     * The error when a role that one person holds at a time is already held by someone else for
     * some of these days.
     *
     * @param others the tenures of the other holders of that role
     */
    public static List<FieldError> singleHolderErrors(Tenure tenure, List<Tenure> others, String role) {
        if (others.stream().anyMatch(tenure::overlaps)) {
            return List.of(new FieldError("role", "duplicate", "the body already has a " + role + " for some of these days"));
        }
        return List.of();
    }

    /** The errors of the attendance of a meeting held on {@code heldOn}, given every member's tenure. */
    public static List<FieldError> attendanceErrors(Map<UUID, Tenure> members, LocalDate heldOn, List<UUID> attendance) {
        List<FieldError> errors = new ArrayList<>();
        List<UUID> present = attendance == null ? List.of() : attendance;
        for (int i = 0; i < present.size(); i++) {
            Tenure tenure = members.get(present.get(i));
            if (tenure == null) {
                errors.add(new FieldError("attendance[" + i + "]", "invalid-reference", "is not a member of this body"));
            } else if (!tenure.activeOn(heldOn)) {
                errors.add(new FieldError("attendance[" + i + "]", "not-a-member-then", "was not a member on " + heldOn));
            }
        }
        if (new LinkedHashSet<>(present).size() != present.size()) {
            errors.add(new FieldError("attendance", "duplicate", "lists a member twice"));
        }
        return errors;
    }

    /** Throws 422 with the errors, if there are any. */
    public static void failIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
    }
}
