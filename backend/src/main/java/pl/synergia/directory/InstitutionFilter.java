package pl.synergia.directory;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.web.Params;

/** Filters of the directory search; null or empty means "any". */
public record InstitutionFilter(String text, Set<InstitutionType> types, String terytPrefix, String serviceCode,
        String targetGroup, LocalDate statusValidOn, StakeholderRole stakeholderRole, boolean includeInactive) {

    /** The filters as the search and the export take them from the query string; problems go to {@code errors}. */
    public static InstitutionFilter parse(String q, List<String> type, String teryt, String serviceCode,
            String targetGroup, String statusValidOn, String stakeholderRole, String includeInactive,
            List<FieldError> errors) {
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

    public static InstitutionFilter none() {
        return new InstitutionFilter(null, Set.of(), null, null, null, null, null, false);
    }
}
