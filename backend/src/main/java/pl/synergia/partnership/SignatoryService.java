package pl.synergia.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.web.Preconditions;

/**
 * Signatories: the open Pakt takes new signatories in any status but DISSOLVED (§ 4 ust. 1) and
 * any signatory may withdraw; when the joined signatories of an ACTIVE partnership fall below the
 * minimum, the withdrawal dissolves it in the same transaction and its answer says so (ADR 0014).
 */
@ApplicationScoped
public class SignatoryService {

    @Inject
    PartnershipRepository repository;

    @Inject
    Clock clock;

    @Inject
    PartnershipAccess access;

    @Inject
    PartnershipViews views;

    @Inject
    PartnershipHistory history;

    @Inject
    PartnershipLifecycle lifecycle;

    @Inject
    InstitutionLookup institutions;

    @Inject
    CurrentUser user;

    @Inject
    PartnershipEvents events;

    @Inject
    EntityManager em;

    @Transactional
    public List<SignatoryResponse> list(UUID partnershipId) {
        Partnership p = repository.require(partnershipId);
        return views.signatories(p, repository.signatories(p.id).stream()
                .sorted(Comparator.comparing((Signatory s) -> !p.initiatorInstitutionId.equals(s.institutionId))
                        .thenComparing(s -> s.invitedAt).thenComparing(s -> s.id))
                .toList());
    }

    @Transactional
    public SignatoryResponse invite(UUID partnershipId, InvitationRequest r) {
        Partnership p = repository.lock(partnershipId);
        access.requireManage(p);
        PartnershipAccess.requireNotDissolved(p);
        List<FieldError> errors = new ArrayList<>();
        if ((r.institutionId() == null) == (r.person() == null)) {
            errors.add(new FieldError("institutionId", "one-of", "give either institutionId or person, not both or neither"));
            throw ProblemException.unprocessable(errors);
        }
        if (r.institutionId() != null) {
            Optional<InstitutionRef> ref = institutions.findRef(r.institutionId());
            if (ref.isEmpty()) {
                errors.add(new FieldError("institutionId", "invalid-reference", "is not an institution of the directory"));
            } else {
                List<Signatory> open = repository.signatories(p.id).stream()
                        .filter(s -> s.status == SignatoryStatus.INVITED || s.status == SignatoryStatus.JOINED).toList();
                if (open.stream().anyMatch(s -> r.institutionId().equals(s.institutionId))) {
                    errors.add(new FieldError("institutionId", "duplicate", "is already invited or a signatory"));
                } else if (p.kind == PartnershipKind.COOPERATION_AGREEMENT) {
                    InstitutionType type = ref.get().type();
                    if (!PartnershipPolicy.mayBeParty(p.kind, type)) {
                        errors.add(new FieldError("institutionId", "invalid-for-kind",
                                "a cooperation agreement has one OPS, one PUP and one NGO; this is a " + type));
                    } else if (open.stream().anyMatch(s -> !s.privatePerson() && institutions.requireRef(s.institutionId).type() == type)) {
                        errors.add(new FieldError("institutionId", "duplicate-type",
                                "the agreement already has an " + type + " (invited or joined)"));
                    }
                }
            }
        } else if (p.kind == PartnershipKind.COOPERATION_AGREEMENT) {
            errors.add(new FieldError("person", "invalid-for-kind", "the parties of a cooperation agreement are institutions"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        Signatory s = new Signatory();
        s.id = UUID.randomUUID();
        s.partnershipId = p.id;
        s.institutionId = r.institutionId();
        if (r.person() != null) {
            s.personName = r.person().name().strip();
            s.personFunction = r.person().function().strip();
        }
        s.status = SignatoryStatus.INVITED;
        s.invitedBySubject = user.subject();
        s.invitedByName = user.displayName();
        s.invitedAt = clock.instant();
        em.persist(s);
        em.flush();
        history.record(p, PartnershipAction.SIGNATORY_INVITED, "Zaproszono: " + describe(s) + ".");
        events.invited(p, s);
        return views.signatory(p, s);
    }

    @Transactional
    public SignatoryResponse accept(UUID partnershipId, UUID signatoryId, long expectedVersion, AcceptanceRequest r) {
        Partnership p = repository.lock(partnershipId);
        Signatory s = requireSignatory(p, signatoryId);
        access.requireActsFor(p, s);
        Preconditions.requireCurrent(expectedVersion, s.version);
        PartnershipAccess.requireNotDissolved(p);
        requireStatus(s, SignatoryStatus.INVITED, "accepted");
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        Representative rep = r.representative();
        if (rep == null && !s.privatePerson()) {
            errors.add(new FieldError("representative", "required", "name who signs for the institution"));
        }
        if (r.joinedOn() != null && r.joinedOn().isAfter(today)) {
            errors.add(new FieldError("joinedOn", "out-of-range", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        s.representativeName = rep == null ? s.personName : rep.name().strip();
        s.representativeFunction = rep == null ? s.personFunction : PartnershipTexts.blankToNull(rep.function());
        s.joinedOn = r.joinedOn() == null ? today : r.joinedOn();
        s.joinedRecordedBy = user.displayName();
        s.status = SignatoryStatus.JOINED;
        lifecycle.touch(p);
        events.joined(p, s);
        history.record(p, PartnershipAction.SIGNATORY_JOINED, "Przystąpił(a): " + describe(s) + "; podpisuje "
                + s.representativeName + (s.representativeFunction == null ? "" : " (" + s.representativeFunction + ")")
                + ", dnia " + s.joinedOn + (s.privatePerson() ? "; podpis złożony na papierze, zarejestrował(a) " + user.displayName() : "") + ".");
        return views.signatory(p, s);
    }

    @Transactional
    public SignatoryResponse decline(UUID partnershipId, UUID signatoryId, long expectedVersion) {
        Partnership p = repository.lock(partnershipId);
        Signatory s = requireSignatory(p, signatoryId);
        access.requireActsFor(p, s);
        Preconditions.requireCurrent(expectedVersion, s.version);
        requireStatus(s, SignatoryStatus.INVITED, "declined");
        close(s, SignatoryStatus.DECLINED);
        history.record(p, PartnershipAction.SIGNATORY_DECLINED, "Odrzucono zaproszenie: " + describe(s) + ".");
        return views.signatory(p, s);
    }

    @Transactional
    public SignatoryResponse cancel(UUID partnershipId, UUID signatoryId, long expectedVersion) {
        Partnership p = repository.lock(partnershipId);
        Signatory s = requireSignatory(p, signatoryId);
        access.requireManage(p);
        Preconditions.requireCurrent(expectedVersion, s.version);
        requireStatus(s, SignatoryStatus.INVITED, "cancelled");
        close(s, SignatoryStatus.CANCELLED);
        history.record(p, PartnershipAction.SIGNATORY_CANCELLED, "Anulowano zaproszenie: " + describe(s) + ".");
        return views.signatory(p, s);
    }

    @Transactional
    public WithdrawalResponse withdraw(UUID partnershipId, UUID signatoryId, long expectedVersion, WithdrawalRequest r) {
        Partnership p = repository.lock(partnershipId);
        Signatory s = requireSignatory(p, signatoryId);
        access.requireActsFor(p, s);
        Preconditions.requireCurrent(expectedVersion, s.version);
        PartnershipAccess.requireNotDissolved(p);
        requireStatus(s, SignatoryStatus.JOINED, "withdrawn");
        LocalDate today = LocalDate.now(clock);
        LocalDate on = r.withdrawnOn() == null ? today : r.withdrawnOn();
        List<FieldError> errors = new ArrayList<>();
        if (on.isAfter(today)) {
            errors.add(new FieldError("withdrawnOn", "out-of-range", "must not be in the future"));
        } else if (on.isBefore(s.joinedOn)) {
            errors.add(new FieldError("withdrawnOn", "date-order", "must not be before the day it joined (" + s.joinedOn + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        s.withdrawnOn = on;
        s.withdrawalReason = r.reason().strip();
        close(s, SignatoryStatus.WITHDRAWN);
        // its delegates leave the ZSL with it
        for (ZslMember m : repository.members(p.id)) {
            if (m.signatoryId.equals(s.id) && (m.toDate == null || m.toDate.isAfter(on))) {
                m.toDate = on.isBefore(m.fromDate) ? m.fromDate : on;
            }
        }
        em.flush();
        history.record(p, PartnershipAction.SIGNATORY_WITHDRAWN, "Wystąpił(a): " + describe(s) + ", dnia " + on + ". Powód: "
                + s.withdrawalReason);
        events.withdrew(p, s);
        long joined = repository.joinedCount(p.id);
        PartnershipPolicy.dissolutionOnWithdrawal(p.kind, p.status, joined, views.displayName(s)).ifPresentOrElse(
                reason -> lifecycle.dissolve(p, reason, true), () -> lifecycle.touch(p));
        return new WithdrawalResponse(views.signatory(p, s), p.status, p.version, joined, PartnershipMapper.dissolution(p));
    }

    private Signatory requireSignatory(Partnership p, UUID signatoryId) {
        Signatory s = repository.signatory(p.id, signatoryId)
                .orElseThrow(() -> ProblemException.notFound("This partnership has no signatory with this id."));
        em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        return s;
    }

    private static void requireStatus(Signatory s, SignatoryStatus expected, String verb) {
        if (s.status != expected) {
            throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "Not allowed in this status",
                    "A " + s.status + " signatory cannot be " + verb + "; only an " + expected + " one.", List.of());
        }
    }

    private void close(Signatory s, SignatoryStatus status) {
        PartnershipPolicy.close(s, status, clock.instant(), user.displayName());
        em.flush();
    }

    private String describe(Signatory s) {
        return s.privatePerson() ? s.personName + " (" + s.personFunction + ", osoba prywatna)" : views.displayName(s);
    }
}
