package pl.synergia.directory;

import java.util.List;

/** An entry with what its page shows besides its own fields. */
public record InstitutionDetails(Institution institution, List<Institution> operates, List<Offering> offerings,
        boolean editable) {
}
