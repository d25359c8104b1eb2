package pl.synergia.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import pl.synergia.shared.body.BodyRules;
import pl.synergia.shared.body.BodyMeetingRequest;
import pl.synergia.shared.body.Tenure;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.web.Preconditions;

/** The Local Synergy Team: members delegated by joined signatories, meetings with attendance and minutes. */
@ApplicationScoped
public class ZslService {

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
    InstitutionLookup institutions;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Transactional
    public ZslResponse get(UUID partnershipId) {
        Partnership p = repository.require(partnershipId);
        return response(p, repository.zsl(p.id));
    }

    @Transactional
    public ZslResponse update(UUID partnershipId, long expectedVersion, ZslRequest r) {
        Partnership p = repository.lock(partnershipId);
        access.requireManage(p);
        Zsl zsl = lockZsl(p);
        Preconditions.requireCurrent(expectedVersion, zsl.version);
        PartnershipAccess.requireNotDissolved(p);
        if (r.initiatorInstitutionId() != null && institutions.findRef(r.initiatorInstitutionId()).isEmpty()) {
            throw ProblemException.unprocessable(List.of(new FieldError("initiatorInstitutionId", "invalid-reference",
                    "is not an institution of the directory")));
        }
        zsl.initiatorKind = r.initiatorKind();
        zsl.initiatorName = PartnershipTexts.blankToNull(r.initiatorName());
        zsl.initiatorInstitutionId = r.initiatorInstitutionId();
        zsl.establishedOn = r.establishedOn();
        zsl.updatedAt = clock.instant();
        em.flush();
        history.record(p, PartnershipAction.ZSL_UPDATED, "Zespół Synergii Lokalnej: inicjator "
                + (zsl.initiatorName == null ? "nie podany" : zsl.initiatorName)
                + (zsl.establishedOn == null ? "" : ", powołany " + zsl.establishedOn) + ".");
        return response(p, zsl);
    }

    @Transactional
    public ZslResponse addMember(UUID partnershipId, ZslMemberRequest r) {
        Partnership p = repository.lock(partnershipId);
        access.requireManage(p);
        Zsl zsl = lockZsl(p);
        PartnershipAccess.requireNotDissolved(p);
        checkMember(p, null, r);
        ZslMember m = new ZslMember();
        m.id = UUID.randomUUID();
        m.partnershipId = p.id;
        apply(m, r);
        em.persist(m);
        zsl.updatedAt = clock.instant();
        em.flush();
        history.record(p, PartnershipAction.ZSL_MEMBER_ADDED, "Do ZSL dołączył(a) " + m.personName + " (" + rolePl(m.role)
                + "), oddelegowany(-a) przez: " + delegatedBy(m) + ", od " + m.fromDate + ".");
        return response(p, zsl);
    }

    @Transactional
    public ZslResponse updateMember(UUID partnershipId, UUID memberId, long expectedVersion, ZslMemberRequest r) {
        Partnership p = repository.lock(partnershipId);
        access.requireManage(p);
        Zsl zsl = lockZsl(p);
        ZslMember m = Optional.ofNullable(em.find(ZslMember.class, memberId, LockModeType.PESSIMISTIC_WRITE))
                .filter(x -> x.partnershipId.equals(p.id))
                .orElseThrow(() -> ProblemException.notFound("This ZSL has no member with this id."));
        Preconditions.requireCurrent(expectedVersion, m.version);
        PartnershipAccess.requireNotDissolved(p);
        checkMember(p, m, r);
        apply(m, r);
        zsl.updatedAt = clock.instant();
        em.flush();
        history.record(p, PartnershipAction.ZSL_MEMBER_UPDATED, "Zmieniono członka ZSL: " + m.personName + " (" + rolePl(m.role)
                + "), " + m.fromDate + " – " + (m.toDate == null ? "obecnie" : m.toDate) + ".");
        return response(p, zsl);
    }

    @Transactional
    public ZslMeetingResponse addMeeting(UUID partnershipId, BodyMeetingRequest r) {
        Partnership p = repository.lock(partnershipId);
        access.requireManage(p);
        PartnershipAccess.requireNotDissolved(p);
        Map<UUID, ZslMember> members = members(p);
        checkMeeting(members, r);
        ZslMeeting meeting = new ZslMeeting();
        meeting.id = UUID.randomUUID();
        meeting.partnershipId = p.id;
        meeting.recordedBy = user.displayName();
        meeting.recordedAt = clock.instant();
        apply(meeting, r);
        em.persist(meeting);
        em.flush();
        history.record(p, PartnershipAction.ZSL_MEETING_ADDED, "Posiedzenie ZSL " + meeting.heldOn + " (" + meeting.place
                + "): obecnych " + meeting.attendance.size() + ", decyzji " + meeting.decisions.size() + ".");
        return meetingResponse(meeting, members);
    }

    @Transactional
    public ZslMeetingResponse meeting(UUID partnershipId, UUID meetingId) {
        Partnership p = repository.require(partnershipId);
        return meetingResponse(findMeeting(p, meetingId, false), members(p));
    }

    @Transactional
    public ZslMeetingResponse updateMeeting(UUID partnershipId, UUID meetingId, long expectedVersion, BodyMeetingRequest r) {
        Partnership p = repository.lock(partnershipId);
        access.requireManage(p);
        ZslMeeting meeting = findMeeting(p, meetingId, true);
        Preconditions.requireCurrent(expectedVersion, meeting.version);
        PartnershipAccess.requireNotDissolved(p);
        Map<UUID, ZslMember> members = members(p);
        checkMeeting(members, r);
        apply(meeting, r);
        em.flush();
        history.record(p, PartnershipAction.ZSL_MEETING_UPDATED, "Zmieniono zapis posiedzenia ZSL " + meeting.heldOn + ".");
        return meetingResponse(meeting, members);
    }

    ZslMeeting findMeeting(Partnership p, UUID meetingId, boolean lock) {
        ZslMeeting m = lock ? em.find(ZslMeeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE) : em.find(ZslMeeting.class, meetingId);
        if (m == null || !m.partnershipId.equals(p.id)) {
            throw ProblemException.notFound("This ZSL has no meeting with this id.");
        }
        return m;
    }

    Map<UUID, ZslMember> members(Partnership p) {
        return repository.members(p.id).stream().collect(Collectors.toMap(m -> m.id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private Zsl lockZsl(Partnership p) {
        return em.find(Zsl.class, p.id, LockModeType.PESSIMISTIC_WRITE);
    }

    private void checkMember(Partnership p, ZslMember current, ZslMemberRequest r) {
        List<FieldError> errors = new ArrayList<>();
        boolean sameSignatory = current != null && current.signatoryId.equals(r.signatoryId());
        Optional<Signatory> signatory = repository.signatory(p.id, r.signatoryId());
        if (signatory.isEmpty()) {
            errors.add(new FieldError("signatoryId", "invalid-reference", "is not a signatory of this partnership"));
        } else if (!sameSignatory && signatory.get().status != SignatoryStatus.JOINED) {
            errors.add(new FieldError("signatoryId", "not-joined", "only a JOINED signatory delegates members"));
        }
        Tenure tenure = new Tenure(r.fromDate(), r.toDate());
        List<FieldError> tenureErrors = BodyRules.tenureErrors(tenure);
        errors.addAll(tenureErrors);
        if (tenureErrors.isEmpty() && r.role() == ZslRole.CHAIR) {
            errors.addAll(BodyRules.singleHolderErrors(tenure, repository.members(p.id).stream()
                    .filter(m -> m.role == ZslRole.CHAIR && (current == null || !m.id.equals(current.id)))
                    .map(ZslMember::tenure).toList(), "chair"));
        }
        BodyRules.failIfAny(errors);
    }

    private static void checkMeeting(Map<UUID, ZslMember> members, BodyMeetingRequest r) {
        Map<UUID, Tenure> tenures = new java.util.HashMap<>();
        members.forEach((id, m) -> tenures.put(id, m.tenure()));
        BodyRules.failIfAny(BodyRules.attendanceErrors(tenures, r.heldOn(), r.attendance()));
    }

    private static void apply(ZslMember m, ZslMemberRequest r) {
        m.personName = r.personName().strip();
        m.signatoryId = r.signatoryId();
        m.role = r.role();
        m.fromDate = r.fromDate();
        m.toDate = r.toDate();
    }

    private static void apply(ZslMeeting m, BodyMeetingRequest request) {
        BodyMeetingRequest r = request.normalised();
        m.heldOn = r.heldOn();
        m.place = r.place();
        m.agenda = r.agenda();
        m.minutes = r.minutes();
        m.decisions = new ArrayList<>(r.decisions());
        m.attendance.clear();
        m.attendance.addAll(r.attendance());
    }

    private String delegatedBy(ZslMember m) {
        return views.displayName(em.find(Signatory.class, m.signatoryId));
    }

    ZslResponse.Member member(ZslMember m) {
        return new ZslResponse.Member(m.id, m.personName, m.signatoryId, delegatedBy(m), m.role, m.fromDate, m.toDate,
                m.activeOn(LocalDate.now(clock)), m.version);
    }

    private ZslResponse response(Partnership p, Zsl zsl) {
        return new ZslResponse(zsl.initiatorKind, zsl.initiatorName, views.institution(zsl.initiatorInstitutionId), zsl.establishedOn,
                repository.members(p.id).stream().map(this::member).toList(),
                repository.meetings(p.id).stream().map(m -> new ZslResponse.MeetingSummary(m.id, m.heldOn, m.place,
                        m.attendance.size(), m.decisions.size(), m.recordedAt, m.version)).toList(),
                access.canManage(p) && p.status != PartnershipStatus.DISSOLVED, zsl.version);
    }

    ZslMeetingResponse meetingResponse(ZslMeeting m, Map<UUID, ZslMember> members) {
        return new ZslMeetingResponse(m.id, m.heldOn, m.place, m.agenda,
                members.values().stream().filter(x -> m.attendance.contains(x.id)).map(this::member).toList(),
                m.minutes, List.copyOf(m.decisions), m.recordedBy, m.recordedAt, m.version);
    }

    static String rolePl(ZslRole role) {
        return switch (role) {
            case CHAIR -> "przewodniczący";
            case DEPUTY_CHAIR -> "zastępca przewodniczącego";
            case SECRETARY -> "sekretarz";
            case MEMBER -> "członek";
        };
    }
}
