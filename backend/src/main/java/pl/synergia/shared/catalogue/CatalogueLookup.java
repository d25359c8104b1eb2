package pl.synergia.shared.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue's reference data as other contexts read it; implemented by the catalogue. Every
 * method is one query, whatever the number of codes asked for, so a list never looks up row by row.
 */
public interface CatalogueLookup {

    /** The entries with these codes, ordered by Polish name (then code); unknown codes are left out. */
    Map<String, ServiceEntry> services(Collection<String> codes);

    default Optional<ServiceEntry> service(String code) {
        return Optional.ofNullable(services(Set.of(code)).get(code));
    }

    /**
     * The legal regime and the provider types of the entries with these codes, in one query; unknown
     * codes are left out.
     */
    Map<String, ServiceProvision> provisions(Collection<String> codes);

    /** Every entry, ordered by kind, then code. */
    List<ServiceEntry> allServices();

    /** Codes of the entries meant for this target group (none for an unknown group). */
    Set<String> serviceCodesForTargetGroup(String targetGroup);

    /** Codes of the entries whose name or description contains this word, ignoring case and Polish diacritics. */
    Set<String> serviceCodesMatching(String word);

    /** Every institution type the catalogue describes. */
    List<InstitutionTypeDescription> institutionTypes();

    default Optional<InstitutionTypeDescription> institutionType(String code) {
        return institutionTypes().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The organisational variants with these codes; unknown codes are left out. */
    Map<String, OrganisationalVariantRef> organisationalVariants(Collection<String> codes);

    default Optional<OrganisationalVariantRef> organisationalVariant(String code) {
        return Optional.ofNullable(organisationalVariants(Set.of(code)).get(code));
    }
}
