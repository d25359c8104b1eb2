package pl.synergia.shared.catalogue;

import java.util.Set;

import pl.synergia.shared.institution.InstitutionType;

/**
 * Who may provide a catalogue entry and under which act: the code of its legal regime (null for
 * an instrument no act governs) and the institution types that provide it. Published by the
 * catalogue through {@link CatalogueLookup#provisions}.
 */
public record ServiceProvision(String code, String legalRegimeCode, Set<InstitutionType> providerTypes) {

    public ServiceProvision {
        providerTypes = Set.copyOf(providerTypes);
    }

    public boolean providedBy(InstitutionType type) {
        return providerTypes.contains(type);
    }
}
