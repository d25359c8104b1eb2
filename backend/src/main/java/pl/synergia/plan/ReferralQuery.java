package pl.synergia.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.web.Params;

/** The referral box's filters as query parameters: which box, and which statuses. */
public class ReferralQuery {

    @Parameter(description = "in: referrals to the caller's institution; out: referrals it sent",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "in", "out" }, defaultValue = "in"))
    @QueryParam("box")
    String box;

    @Parameter(description = "Only referrals in these statuses (repeat the parameter for several); all when absent",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Referral.Status.class))
    @QueryParam("status")
    List<String> status;

    /** The box and statuses; problems go to {@code errors}. */
    ReferralFilter filter(List<FieldError> errors) {
        String value = box == null || box.isBlank() ? "in" : box.strip();
        if (!value.equals("in") && !value.equals("out")) {
            errors.add(new FieldError("box", "unknown-value", "must be in or out"));
        }
        Set<Referral.Status> statuses = EnumSet.noneOf(Referral.Status.class);
        for (String s : status == null ? List.<String> of() : status) {
            Referral.Status parsed = Params.enumValue("status", s, Referral.Status.class, errors);
            if (parsed != null) {
                statuses.add(parsed);
            }
        }
        return new ReferralFilter(!value.equals("out"), statuses);
    }

    /** Which box (incoming or not) and the statuses to keep (empty: every status). */
    record ReferralFilter(boolean incoming, Set<Referral.Status> statuses) {
    }
}
