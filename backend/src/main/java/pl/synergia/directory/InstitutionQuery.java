package pl.synergia.directory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.web.Params;
import pl.synergia.shared.web.SortField;
import pl.synergia.shared.web.SortField.Sort;

/** The directory search's filters and sort as query parameters, shared by the search and the CSV export. */
public class InstitutionQuery {

    @Parameter(description = "Words to find, each at the start of a word of the name, address, gmina or powiat; case and "
            + "Polish diacritics are ignored (\"lodz\" finds \"Łódź\"). An acronym or name of a kind (\"CIS\", \"MOPS\", "
            + "\"PUP\", \"spółdzielnia socjalna\") also matches the type (\"PUP Legionowo\"). When the words find nothing, "
            + "similar words are matched (typos) and similarWords is true")
    @QueryParam("q")
    String q;

    @Parameter(description = "Institution types (repeat the parameter for several)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = InstitutionType.class))
    @QueryParam("type")
    List<String> type;

    @Parameter(description = "TERYT code of a voivodeship (2 digits), powiat (4) or gmina (7)")
    @QueryParam("teryt")
    String teryt;

    @Parameter(description = "Only institutions with an active offering of this catalogue entry (code)")
    @QueryParam("service")
    String serviceCode;

    @Parameter(description = "Only institutions with an active offering for this target group (code)")
    @QueryParam("targetGroup")
    String targetGroup;

    @Parameter(description = "Only institutions whose official status is valid on this day",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("statusValidOn")
    String statusValidOn;

    @Parameter(schema = @Schema(implementation = StakeholderRole.class))
    @QueryParam("stakeholderRole")
    String stakeholderRole;

    @Parameter(description = "Include deactivated entries (default false)",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @QueryParam("includeInactive")
    String includeInactive;

    @Parameter(description = "Sort field, '-' prefix for descending. Without it: by relevance when q is given and at most "
            + "1000 institutions match (the caller's gmina, then powiat first; a kind's acronym or name matching the type counts "
            + "most), else by name",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "name", "-name", "type", "-type", "gmina", "-gmina" }, defaultValue = "name"))
    @QueryParam("sort")
    String sort;

    /** The filters; problems go to {@code errors}. */
    InstitutionFilter filter(List<FieldError> errors) {
        Set<InstitutionType> types = new LinkedHashSet<>();
        for (String t : type == null ? List.<String> of() : type) {
            InstitutionType parsed = Params.enumValue("type", t, InstitutionType.class, errors);
            if (parsed != null) {
                types.add(parsed);
            }
        }
        return new InstitutionFilter(
                Params.text("q", q, errors), types,
                Params.terytPrefix("teryt", teryt, errors),
                Params.text("service", serviceCode, errors),
                Params.text("targetGroup", targetGroup, errors),
                Params.date("statusValidOn", statusValidOn, errors),
                Params.enumValue("stakeholderRole", stakeholderRole, StakeholderRole.class, errors),
                Params.bool("includeInactive", includeInactive, false, errors));
    }

    /** Whether a sort was asked for (reading changes has its own order). */
    boolean sorted() {
        return sort != null && !sort.isBlank();
    }

    /** The sort asked for; null when none was (the search then orders by relevance when there is text). */
    Sort<InstitutionSort> sortIfGiven(List<FieldError> errors) {
        return sort == null || sort.isBlank() ? null : sort(errors);
    }

    Sort<InstitutionSort> sort(List<FieldError> errors) {
        return SortField.parse(InstitutionSort.class, sort, InstitutionSort.DEFAULT, errors);
    }
}
