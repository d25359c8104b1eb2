package pl.synergia.shared.institution;

import java.util.Optional;
import java.util.UUID;

/** Resolves the institution named by a caller's token; implemented by the directory. */
public interface InstitutionLookup {
    Optional<InstitutionRef> findRef(UUID id);
}
