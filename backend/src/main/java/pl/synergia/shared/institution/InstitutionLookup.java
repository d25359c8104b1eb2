package pl.synergia.shared.institution;

import java.util.Optional;
import java.util.UUID;

/** Resolves the institution named by a caller's token; implemented by the directory. */
public interface InstitutionLookup {
    Optional<InstitutionRef> findRef(UUID id);

    /** An institution a stored record points to; the foreign key guarantees it exists. */
    default InstitutionRef requireRef(UUID id) {
        return findRef(id).orElseThrow(() -> new IllegalStateException("institution " + id + " missing"));
    }
}
