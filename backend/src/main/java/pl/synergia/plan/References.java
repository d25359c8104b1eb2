package pl.synergia.plan;

import java.util.Map;
import java.util.UUID;

import pl.synergia.shared.catalogue.ServiceRef;
import pl.synergia.shared.institution.InstitutionRef;

/**
 * The institutions and catalogue entries a response names, each resolved once for the whole
 * response through the directory's and the catalogue's ports (see {@link PlanResponses#references}).
 */
record References(Map<UUID, InstitutionRef> institutions, Map<String, ServiceRef> services) {

    /** An institution a stored record points to; its foreign key guarantees it exists. */
    InstitutionRef institution(UUID id) {
        InstitutionRef ref = institutions.get(id);
        if (ref == null) {
            throw new IllegalStateException("institution " + id + " was not resolved");
        }
        return ref;
    }

    /** A catalogue entry a stored record points to, or null for none. */
    ServiceRef service(String code) {
        if (code == null) {
            return null;
        }
        ServiceRef ref = services.get(code);
        if (ref == null) {
            throw new IllegalStateException("catalogue entry " + code + " was not resolved");
        }
        return ref;
    }
}
