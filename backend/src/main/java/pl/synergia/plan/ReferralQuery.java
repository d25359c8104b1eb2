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
import pl.synergia.shared.web.SyncCursor;

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

    @Parameter(description = "Read changes: the box's referrals changed at or after this moment (ISO-8601 with offset), oldest "
            + "change first; follow the page's nextCursor with after. Not with page.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam("updatedSince")
    String updatedSince;

    @Parameter(description = "Read the changes after this cursor (the nextCursor of the previous page of changes); not with "
            + "updatedSince or page", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @QueryParam("after")
    String after;

    /** Where to continue reading changes, or null for a page of the box; a page number with it is an error. */
    SyncCursor changesAfter(String page, List<FieldError> errors) {
        SyncCursor cursor = SyncCursor.parse("updatedSince", updatedSince, after, errors);
        if (SyncCursor.asked(updatedSince, after)) {
            SyncCursor.refuse("page", page != null && !page.isBlank() && !page.strip().equals("0"), errors);
        }
        return cursor;
    }

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
