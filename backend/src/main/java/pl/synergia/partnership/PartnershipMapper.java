package pl.synergia.partnership;

import java.util.List;

import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.territory.GminaRef;

/**
 * Entities to the records on the wire, and nothing else: every name, rule outcome and permission
 * comes in as an argument ({@link PartnershipViews} reads them, {@link PartnershipPolicy} decides them).
 */
final class PartnershipMapper {

    private PartnershipMapper() {
    }

    static PartnershipResponse response(Partnership p, PartnershipTemplate template, GminaRef gmina, InstitutionRef initiator,
            PartnershipResponse.Activation activation, int latestVersion, Integer signedVersion, int joined,
            PartnershipResponse.Permissions permissions) {
        return new PartnershipResponse(p.id, gmina, p.kind, p.title, p.goals, template.legalCharacter, p.separateAgreements,
                "INDEFINITE", p.status, PartnershipPolicy.allowedTransitions(p.kind, p.status), activation, initiator,
                p.createdByName, p.createdAt, p.updatedAt, p.activatedAt, dissolution(p), latestVersion, signedVersion, joined,
                permissions, p.version);
    }

    static PartnershipResponse.Dissolution dissolution(Partnership p) {
        return p.status == PartnershipStatus.DISSOLVED
                ? new PartnershipResponse.Dissolution(p.dissolvedAt, p.dissolutionReason, p.dissolvedAutomatically)
                : null;
    }

    static PartnershipSummary summary(Partnership p, GminaRef gmina, InstitutionRef initiator, long joined) {
        return new PartnershipSummary(p.id, gmina, p.kind, p.title, p.status, initiator, joined, p.createdAt, p.activatedAt);
    }

    /** The signatory's name: the private person's, or its institution's. */
    static String displayName(Signatory s, InstitutionRef institution) {
        return s.privatePerson() ? s.personName : institution.name();
    }

    static SignatoryResponse signatory(Partnership p, Signatory s, InstitutionRef institution, List<SignatoryAction> actions) {
        return new SignatoryResponse(s.id, displayName(s, institution), institution,
                s.privatePerson() ? new InvitationRequest.Person(s.personName, s.personFunction) : null,
                s.representativeName == null ? null : new Representative(s.representativeName, s.representativeFunction),
                s.status, p.initiatorInstitutionId.equals(s.institutionId), s.invitedByName, s.invitedAt, s.joinedOn,
                s.joinedRecordedBy, s.withdrawnOn, s.withdrawalReason, s.closedAt, actions, s.version);
    }

    static VersionSummary versionSummary(Partnership p, PartnershipVersion v, InstitutionRef author) {
        return new VersionSummary(v.number, v.note, v.authorName, author, v.createdAt, v.signed, v.signedAt, isAmendment(p, v));
    }

    /** Made after the partnership became active: an amendment proposal to the signed text. */
    static boolean isAmendment(Partnership p, PartnershipVersion v) {
        return p.activatedAt != null && v.createdAt.isAfter(p.activatedAt);
    }

    static VersionResponse version(Partnership p, PartnershipVersion v, PartnershipTemplate template, InstitutionRef author) {
        return new VersionResponse(v.number, v.note, v.authorName, author, v.createdAt, v.signed, v.signedAt, isAmendment(p, v),
                template.title, template.subtitle,
                v.sections.stream().map(s -> new VersionResponse.SectionResponse(s.number, s.heading, s.body)).toList());
    }

    static PartnershipEventResponse event(PartnershipEvent e, InstitutionRef actor) {
        return new PartnershipEventResponse(e.id, e.occurredAt, e.actorName, actor, e.action, e.summary);
    }
}
