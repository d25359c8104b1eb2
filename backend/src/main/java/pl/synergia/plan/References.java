package pl.synergia.plan;

import java.util.Map;
import java.util.UUID;

import pl.synergia.shared.catalogue.ServiceEntry;
import pl.synergia.shared.catalogue.ServiceRef;
import pl.synergia.shared.institution.InstitutionRef;

/**
 * The institutions and catalogue entries a response names, each resolved once for the whole
 * response through the directory's and the catalogue's ports (see {@link PlanResponses#references}).
 */
record References(Map<UUID, InstitutionRef> institutions, Map<String, ServiceEntry> services) {

    /** An institution a stored record points to; its foreign key guarantees it exists. */
    InstitutionRef institution(UUID id) {
        InstitutionRef ref = institutions.get(id);
        if (ref == null) {
            throw new IllegalStateException("institution " + id + " was not resolved");
        }
        return ref;
    }

    /** An institution, or null for none (a step of the person). */
    InstitutionRef institutionOrNull(UUID id) {
        return id == null ? null : institution(id);
    }

    /** A catalogue entry a stored record points to, or null for none. */
    ServiceRef service(String code) {
        ServiceEntry entry = entry(code);
        return entry == null ? null : entry.ref();
    }

    /** The whole catalogue entry, or null for none. */
    ServiceEntry entry(String code) {
        if (code == null) {
            return null;
        }
        ServiceEntry entry = services.get(code);
        if (entry == null) {
            throw new IllegalStateException("catalogue entry " + code + " was not resolved");
        }
        return entry;
    }
}
