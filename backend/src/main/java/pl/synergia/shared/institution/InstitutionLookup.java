package pl.synergia.shared.institution;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import pl.synergia.shared.territory.GminaRef;

/** Resolves the institution named by a caller's token; implemented by the directory. */
public interface InstitutionLookup {
    Optional<InstitutionRef> findRef(UUID id);

    /** The institutions with these ids, in one query whatever their number; unknown ids are left out. */
    Map<UUID, InstitutionRef> findRefs(Collection<UUID> ids);

    /**
     * The official statuses (with their validity) of those of these institutions that have one, in
     * one query; institutions without a status are left out.
     */
    Map<UUID, OfficialStatusRef> officialStatuses(Collection<UUID> ids);

    /**
     * The public contact e-mail addresses of these institutions, as the directory lists them (active
     * entries with an address only), in one query: where notifications go when no one of the
     * institution uses the platform yet.
     */
    Map<UUID, String> contactEmails(Collection<UUID> ids);

    /**
     * The active institutions of these types whose gmina's TERYT code starts with {@code terytPrefix}
     * (a gmina's 7 digits, a powiat's 4, a voivodeship's 2), by name, in one query.
     */
    List<InstitutionRef> activeIn(String terytPrefix, Collection<InstitutionType> types);

    /** The gmina (TERYT) an institution is in. */
    Optional<GminaRef> findGmina(UUID id);

    /** An institution a stored record points to; the foreign key guarantees it exists. */
    default InstitutionRef requireRef(UUID id) {
        return findRef(id).orElseThrow(() -> new IllegalStateException("institution " + id + " missing"));
    }
}
