package pl.synergia.partnership;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.territory.Gmina;
import pl.synergia.shared.territory.GminaRef;

/** Entities to the records on the wire. */
@ApplicationScoped
public class PartnershipMapper {

    private static final String SIGNATORIES = "signatories";

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

    public InstitutionRef institution(java.util.UUID id) {
        return id == null ? null : institutions.requireRef(id);
    }

    /** What a transition request may do now; a Pakt is dissolved only by § 5 ust. 3, never on request. */
    public static Set<PartnershipStatus> allowedTransitions(Partnership p) {
        Set<PartnershipStatus> next = EnumSet.noneOf(PartnershipStatus.class);
        next.addAll(p.status.next());
        if (p.kind == PartnershipKind.PACT) {
            next.remove(PartnershipStatus.DISSOLVED);
        }
        return next;
    }

    /** Minimum of JOINED signatories of a Pakt (§ 5 ust. 3). */
    public static final int PACT_MINIMUM = 3;

    /**
     * What moving to ACTIVE still needs, one stable code per unmet requirement with the values to word it:
     * {@code too-few-signatories} (required, joined), {@code missing-party} (type), {@code duplicate-party}
     * (type, joined), {@code extra-party} (joined: signatories that are neither OPS, PUP nor NGO).
     */
    public PartnershipResponse.Activation activation(Partnership p, List<Signatory> joined) {
        List<FieldError> missing = new ArrayList<>();
        String requirement;
        if (p.kind == PartnershipKind.PACT) {
            requirement = "At least three joined signatories (Pakt § 5 ust. 3)";
            if (joined.size() < PACT_MINIMUM) {
                missing.add(new FieldError(SIGNATORIES, "too-few-signatories", "at least three joined signatories are needed; "
                        + joined.size() + " joined", Map.of("required", PACT_MINIMUM, "joined", joined.size())));
            }
        } else {
            requirement = "Exactly one joined OPS, one joined PUP and one joined NGO, and no other party";
            for (InstitutionType type : SignatoryService.COOPERATION_PARTIES) {
                long n = joined.stream().filter(s -> !s.privatePerson() && institution(s.institutionId).type() == type).count();
                if (n == 0) {
                    missing.add(new FieldError(SIGNATORIES, "missing-party", "a joined " + type + " is needed",
                            Map.of("type", type.name())));
                } else if (n > 1) {
                    missing.add(new FieldError(SIGNATORIES, "duplicate-party", "only one " + type + " may be a party; " + n
                            + " joined", Map.of("type", type.name(), "joined", n)));
                }
            }
            long others = joined.stream().filter(s -> s.privatePerson()
                    || !SignatoryService.COOPERATION_PARTIES.contains(institution(s.institutionId).type())).count();
            if (others > 0) {
                missing.add(new FieldError(SIGNATORIES, "extra-party", others + " joined signatories are neither OPS, PUP nor NGO",
                        Map.of("joined", others)));
            }
        }
        return new PartnershipResponse.Activation(requirement, missing.isEmpty(), missing);
    }

    public PartnershipResponse response(Partnership p) {
        PartnershipTemplate template = repository.template(p.templateCode);
        List<Signatory> joined = repository.joined(p.id);
        int latest = repository.latestVersion(p.id).map(v -> v.number).orElse(0);
        Integer signed = repository.signedVersion(p.id).map(v -> v.number).orElse(null);
        boolean manage = access.canManage(p) && p.status != PartnershipStatus.DISSOLVED;
        return new PartnershipResponse(p.id, gmina(p.gminaTeryt), p.kind, p.title, p.goals, template.legalCharacter,
                p.separateAgreements, "INDEFINITE", p.status, allowedTransitions(p), activation(p, joined),
                institution(p.initiatorInstitutionId), p.createdByName, p.createdAt, p.updatedAt, p.activatedAt, dissolution(p),
                latest, signed, joined.size(),
                new PartnershipResponse.Permissions(manage && p.status.drafting(), manage, manage,
                        access.canTransition(p) && !allowedTransitions(p).isEmpty()),
                p.version);
    }

    public static PartnershipResponse.Dissolution dissolution(Partnership p) {
        return p.status == PartnershipStatus.DISSOLVED
                ? new PartnershipResponse.Dissolution(p.dissolvedAt, p.dissolutionReason, p.dissolvedAutomatically)
                : null;
    }

    public PartnershipSummary summary(Partnership p, long joined) {
        return new PartnershipSummary(p.id, gmina(p.gminaTeryt), p.kind, p.title, p.status, institution(p.initiatorInstitutionId),
                joined, p.createdAt, p.activatedAt);
    }

    public String displayName(Signatory s) {
        return s.privatePerson() ? s.personName : institution(s.institutionId).name();
    }

    public SignatoryResponse signatory(Partnership p, Signatory s) {
        List<SignatoryAction> actions = new ArrayList<>();
        boolean open = p.status != PartnershipStatus.DISSOLVED;
        if (open && s.status == SignatoryStatus.INVITED && access.actsFor(p, s)) {
            actions.add(SignatoryAction.ACCEPT);
            actions.add(SignatoryAction.DECLINE);
        }
        if (open && s.status == SignatoryStatus.INVITED && access.canManage(p)) {
            actions.add(SignatoryAction.CANCEL);
        }
        if (open && s.status == SignatoryStatus.JOINED && access.actsFor(p, s)) {
            actions.add(SignatoryAction.WITHDRAW);
        }
        InstitutionRef institution = institution(s.institutionId);
        return new SignatoryResponse(s.id, s.privatePerson() ? s.personName : institution.name(), institution,
                s.privatePerson() ? new InvitationRequest.Person(s.personName, s.personFunction) : null,
                s.representativeName == null ? null : new Representative(s.representativeName, s.representativeFunction),
                s.status, p.initiatorInstitutionId.equals(s.institutionId), s.invitedByName, s.invitedAt, s.joinedOn,
                s.joinedRecordedBy, s.withdrawnOn, s.withdrawalReason, s.closedAt, actions, s.version);
    }

    public VersionSummary versionSummary(Partnership p, PartnershipVersion v) {
        return new VersionSummary(v.number, v.note, v.authorName, institution(v.authorInstitutionId), v.createdAt, v.signed,
                v.signedAt, isAmendment(p, v));
    }

    /** Made after the partnership became active: an amendment proposal to the signed text. */
    static boolean isAmendment(Partnership p, PartnershipVersion v) {
        return p.activatedAt != null && v.createdAt.isAfter(p.activatedAt);
    }

    public VersionResponse version(Partnership p, PartnershipVersion v) {
        PartnershipTemplate template = repository.template(p.templateCode);
        return new VersionResponse(v.number, v.note, v.authorName, institution(v.authorInstitutionId), v.createdAt, v.signed,
                v.signedAt, isAmendment(p, v), template.title, template.subtitle,
                v.sections.stream().map(s -> new VersionResponse.SectionResponse(s.number, s.heading, s.body)).toList());
    }

    public PartnershipEventResponse event(PartnershipEvent e) {
        return new PartnershipEventResponse(e.id, e.occurredAt, e.actorName, institution(e.actorInstitutionId), e.action, e.summary);
    }
}
