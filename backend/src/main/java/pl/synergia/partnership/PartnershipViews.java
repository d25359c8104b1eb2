package pl.synergia.partnership;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import pl.synergia.partnership.PartnershipPolicy.Party;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.territory.Gmina;
import pl.synergia.shared.territory.GminaRef;

/**
 * Partnerships as the caller sees them: reads what a response names (its gmina, the institutions
 * through the directory's port, template and versions, the caller's permissions), asks
 * {@link PartnershipPolicy} what the rules say, and hands it all to the pure {@link PartnershipMapper}.
 */
@ApplicationScoped
public class PartnershipViews {

    @Inject
    EntityManager em;

    @Inject
    InstitutionLookup institutions;

    @Inject
    PartnershipRepository repository;

    @Inject
    PartnershipAccess access;

    public GminaRef gmina(String teryt) {
        return GminaRef.of(em.find(Gmina.class, teryt));
    }

    public InstitutionRef institution(UUID id) {
        return id == null ? null : institutions.requireRef(id);
    }

    /** The institutions with these ids (nulls ignored), read at once. */
    Map<UUID, InstitutionRef> institutions(Collection<UUID> ids) {
        Set<UUID> wanted = new HashSet<>(ids);
        wanted.remove(null);
        return institutions.findRefs(wanted);
    }

    /** The joined signatories as the partnership rules see them. */
    List<Party> parties(List<Signatory> joined) {
        Map<UUID, InstitutionRef> refs = institutions(joined.stream().map(s -> s.institutionId).toList());
        return joined.stream().map(s -> s.privatePerson() ? Party.person() : Party.institution(refs.get(s.institutionId).type()))
                .toList();
    }

    PartnershipResponse.Activation activation(Partnership p, List<Signatory> joined) {
        return PartnershipPolicy.activation(p.kind, parties(joined));
    }

    public PartnershipResponse response(Partnership p) {
        PartnershipTemplate template = repository.template(p.templateCode);
        List<Signatory> joined = repository.joined(p.id);
        int latest = repository.latestVersion(p.id).map(v -> v.number).orElse(0);
        Integer signed = repository.signedVersion(p.id).map(v -> v.number).orElse(null);
        boolean manage = access.canManage(p) && p.status != PartnershipStatus.DISSOLVED;
        PartnershipResponse.Permissions permissions = new PartnershipResponse.Permissions(manage && p.status.drafting(), manage,
                manage, access.canTransition(p) && !PartnershipPolicy.allowedTransitions(p.kind, p.status).isEmpty());
        return PartnershipMapper.response(p, template, gmina(p.gminaTeryt), institution(p.initiatorInstitutionId),
                activation(p, joined), latest, signed, joined.size(), permissions);
    }

    /** One page of partnerships, their initiators read at once. */
    List<PartnershipSummary> summaries(List<Partnership> page, Map<UUID, Long> joined) {
        Map<UUID, InstitutionRef> initiators = institutions(page.stream().map(p -> p.initiatorInstitutionId).toList());
        return page.stream().map(p -> PartnershipMapper.summary(p, gmina(p.gminaTeryt), initiators.get(p.initiatorInstitutionId),
                joined.getOrDefault(p.id, 0L))).toList();
    }

    public String displayName(Signatory s) {
        return PartnershipMapper.displayName(s, s.privatePerson() ? null : institution(s.institutionId));
    }

    public SignatoryResponse signatory(Partnership p, Signatory s) {
        return signatory(p, s, institution(s.institutionId), access.canManage(p));
    }

    /** The partnership's signatories, their institutions read at once. */
    List<SignatoryResponse> signatories(Partnership p, List<Signatory> signatories) {
        Map<UUID, InstitutionRef> refs = institutions(signatories.stream().map(s -> s.institutionId).toList());
        boolean manages = access.canManage(p);
        return signatories.stream().map(s -> signatory(p, s, s.institutionId == null ? null : refs.get(s.institutionId), manages))
                .toList();
    }

    /** Whom the caller acts for is asked only of signatories that still have something to act on. */
    private SignatoryResponse signatory(Partnership p, Signatory s, InstitutionRef institution, boolean manages) {
        boolean actionable = p.status != PartnershipStatus.DISSOLVED
                && (s.status == SignatoryStatus.INVITED || s.status == SignatoryStatus.JOINED);
        return PartnershipMapper.signatory(p, s, institution,
                PartnershipPolicy.signatoryActions(p.status, s.status, actionable && access.actsFor(p, s), manages));
    }

    public VersionSummary versionSummary(Partnership p, PartnershipVersion v) {
        return PartnershipMapper.versionSummary(p, v, institution(v.authorInstitutionId));
    }

    public VersionResponse version(Partnership p, PartnershipVersion v) {
        return PartnershipMapper.version(p, v, repository.template(p.templateCode), institution(v.authorInstitutionId));
    }

    public PartnershipEventResponse event(PartnershipEvent e) {
        return PartnershipMapper.event(e, institution(e.actorInstitutionId));
    }

    /** Names for a history page, read at once. */
    List<PartnershipEventResponse> events(List<PartnershipEvent> events) {
        Map<UUID, InstitutionRef> actors = institutions(events.stream().map(e -> e.actorInstitutionId).filter(Objects::nonNull).toList());
        return events.stream().map(e -> PartnershipMapper.event(e, e.actorInstitutionId == null ? null : actors.get(e.actorInstitutionId)))
                .toList();
    }
}
