package pl.synergia.directory;

import java.util.List;
import java.util.Map;

import pl.synergia.shared.catalogue.ServiceRef;

/** An entry with what its page shows besides its own fields; the offerings by service name, with their catalogue entries. */
public record InstitutionDetails(Institution institution, List<Institution> operates, List<Offering> offerings,
        Map<String, ServiceRef> services, boolean editable) {
}
