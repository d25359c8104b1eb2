package pl.synergia.regional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import pl.synergia.shared.body.BodyMeetingRequest;
import pl.synergia.shared.body.BodyRules;
import pl.synergia.shared.body.MinutesDocument;
import pl.synergia.shared.body.Tenure;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.territory.Voivodeship;
import pl.synergia.shared.web.Preconditions;

/**
 * The voivodeship's RPW as a body: members delegated by institutions, meetings with attendance and
 * minutes, on the working-body machinery the ZSL uses (shared.body). The voivodeship's ROPS (its
 * regional analysts) keeps it; an administrator sees and keeps every voivodeship's; another
 * voivodeship's answers 404, audited.
 */
@ApplicationScoped
public class RpwService {

    static final String AUDIT_RECORD = "RPW";

    @Inject
    EntityManager em;

    @Inject
    RegionalScope scope;

    @Inject
    InstitutionLookup institutions;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    MinutesDocument minutesDocument;

    @Transactional
    public RpwResponse get(String voivodeship) {
        String name = requireVoivodeship(voivodeship);
        return response(voivodeship, name);
    }

    @Transactional
    public RpwResponse addMember(String voivodeship, RpwMemberRequest r) {
        String name = requireVoivodeship(voivodeship);
        lockBody(voivodeship);
        check(voivodeship, null, r);
        RpwMember m = new RpwMember();
        m.id = UUID.randomUUID();
        m.voivodeship = voivodeship;
        apply(m, r);
        em.persist(m);
        em.flush();
        return response(voivodeship, name);
    }

    @Transactional
    public RpwResponse updateMember(String voivodeship, UUID memberId, long expectedVersion, RpwMemberRequest r) {
        String name = requireVoivodeship(voivodeship);
        lockBody(voivodeship);
        RpwMember m = em.find(RpwMember.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || !m.voivodeship.equals(voivodeship)) {
            throw ProblemException.notFound("This RPW has no member with this id.");
        }
        Preconditions.requireCurrent(expectedVersion, m.version);
        check(voivodeship, m, r);
        apply(m, r);
        em.flush();
        return response(voivodeship, name);
    }

    @Transactional
    public RpwMeetingResponse addMeeting(String voivodeship, BodyMeetingRequest r) {
        requireVoivodeship(voivodeship);
        Map<UUID, RpwMember> members = members(voivodeship);
        checkMeeting(members, r);
        RpwMeeting meeting = new RpwMeeting();
        meeting.id = UUID.randomUUID();
        meeting.voivodeship = voivodeship;
        meeting.recordedBy = user.displayName();
        meeting.recordedAt = clock.instant();
        meeting.apply(r);
        em.persist(meeting);
        em.flush();
        return meetingResponse(meeting, members);
    }

    @Transactional
    public RpwMeetingResponse meeting(String voivodeship, UUID meetingId) {
        requireVoivodeship(voivodeship);
        return meetingResponse(findMeeting(voivodeship, meetingId, false), members(voivodeship));
    }

    @Transactional
    public RpwMeetingResponse updateMeeting(String voivodeship, UUID meetingId, long expectedVersion, BodyMeetingRequest r) {
        requireVoivodeship(voivodeship);
        RpwMeeting meeting = findMeeting(voivodeship, meetingId, true);
        Preconditions.requireCurrent(expectedVersion, meeting.version);
        Map<UUID, RpwMember> members = members(voivodeship);
        checkMeeting(members, r);
        meeting.apply(r);
        em.flush();
        return meetingResponse(meeting, members);
    }

    /** The minutes of a meeting as PDF (the working bodies' minutes document). */
    @Transactional
    public MinutesDocument.Pdf minutes(String voivodeship, UUID meetingId) {
        String name = requireVoivodeship(voivodeship);
        RpwMeeting meeting = findMeeting(voivodeship, meetingId, false);
        Map<UUID, RpwMember> members = members(voivodeship);
        Map<UUID, InstitutionRef> refs = institutions.findRefs(members.values().stream().map(m -> m.institutionId).toList());
        List<MinutesDocument.Attendee> attendance = members.values().stream().filter(m -> meeting.attendance.contains(m.id))
                .map(m -> new MinutesDocument.Attendee(m.personName, (m.chair ? "przewodniczący(-a), " : "") + m.representativeRole.pl(),
                        refs.containsKey(m.institutionId) ? refs.get(m.institutionId).name() : "—"))
                .toList();
        MinutesDocument.Body body = new MinutesDocument.Body("Regionalnej Platformy Współpracy", "RPW",
                "Regionalna Platforma Współpracy województwa " + name, "Województwo " + name, "Instytucja delegująca",
                "protokol-rpw-" + voivodeship);
        return minutesDocument.render(body, meeting.record(), attendance,
                members.values().stream().filter(m -> m.tenure().activeOn(meeting.heldOn)).count());
    }

    /** The voivodeship exists and is the caller's (404 audited otherwise); returns its name. */
    String requireVoivodeship(String voivodeship) {
        Voivodeship v = voivodeship == null ? null : em.find(Voivodeship.class, voivodeship);
        if (v == null) {
            throw ProblemException.notFound("No voivodeship has this code.");
        }
        scope.requireOwn(voivodeship, AUDIT_RECORD, null);
        return v.name;
    }

    /** Serialises changes of one voivodeship's membership (the one-chair rule reads the others). */
    private void lockBody(String voivodeship) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "synergia.rpw." + voivodeship).getSingleResult();
    }

    private RpwMeeting findMeeting(String voivodeship, UUID meetingId, boolean lock) {
        RpwMeeting m = lock ? em.find(RpwMeeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE) : em.find(RpwMeeting.class, meetingId);
        if (m == null || !m.voivodeship.equals(voivodeship)) {
            throw ProblemException.notFound("This RPW has no meeting with this id.");
        }
        return m;
    }

    private Map<UUID, RpwMember> members(String voivodeship) {
        Map<UUID, RpwMember> members = new LinkedHashMap<>();
        em.createQuery("select m from RpwMember m where m.voivodeship = :v order by m.personName, m.id", RpwMember.class)
                .setParameter("v", voivodeship).getResultStream().forEach(m -> members.put(m.id, m));
        return members;
    }

    private void check(String voivodeship, RpwMember current, RpwMemberRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (institutions.findRef(r.institutionId()).isEmpty()) {
            errors.add(new FieldError("institutionId", "invalid-reference", "is not an institution of the directory"));
        }
        Tenure tenure = new Tenure(r.fromDate(), r.toDate());
        List<FieldError> tenureErrors = BodyRules.tenureErrors(tenure);
        errors.addAll(tenureErrors);
        if (tenureErrors.isEmpty() && r.chair()) {
            errors.addAll(BodyRules.singleHolderErrors(tenure, members(voivodeship).values().stream()
                    .filter(m -> m.chair && (current == null || !m.id.equals(current.id))).map(RpwMember::tenure).toList(), "chair"));
        }
        BodyRules.failIfAny(errors);
    }

    private static void checkMeeting(Map<UUID, RpwMember> members, BodyMeetingRequest r) {
        Map<UUID, Tenure> tenures = new HashMap<>();
        members.forEach((id, m) -> tenures.put(id, m.tenure()));
        BodyRules.failIfAny(BodyRules.attendanceErrors(tenures, r.heldOn(), r.attendance()));
    }

    private static void apply(RpwMember m, RpwMemberRequest r) {
        m.personName = r.personName().strip();
        m.institutionId = r.institutionId();
        m.representativeRole = r.representativeRole();
        m.chair = r.chair();
        m.fromDate = r.fromDate();
        m.toDate = r.toDate();
    }

    private RpwResponse response(String voivodeship, String name) {
        Map<UUID, RpwMember> members = members(voivodeship);
        Map<UUID, InstitutionRef> refs = institutions.findRefs(new HashSet<>(members.values().stream().map(m -> m.institutionId).toList()));
        LocalDate today = LocalDate.now(clock);
        List<RpwResponse.Member> list = members.values().stream().map(m -> member(m, refs, today))
                .sorted(Comparator.comparing((RpwResponse.Member m) -> !m.active())).toList();
        List<RpwResponse.MeetingSummary> meetings = em.createQuery("select m from RpwMeeting m where m.voivodeship = :v "
                + "order by m.heldOn desc, m.id", RpwMeeting.class).setParameter("v", voivodeship).getResultStream()
                .map(m -> new RpwResponse.MeetingSummary(m.id, m.heldOn, m.place, m.attendance.size(), m.decisions.size(),
                        m.recordedAt, m.version))
                .toList();
        return new RpwResponse(voivodeship, name, list, meetings, true);
    }

    private static RpwResponse.Member member(RpwMember m, Map<UUID, InstitutionRef> refs, LocalDate today) {
        return new RpwResponse.Member(m.id, m.personName, refs.get(m.institutionId), m.representativeRole, m.chair, m.fromDate,
                m.toDate, m.tenure().activeOn(today), m.version);
    }

    private RpwMeetingResponse meetingResponse(RpwMeeting m, Map<UUID, RpwMember> members) {
        Map<UUID, InstitutionRef> refs = institutions.findRefs(members.values().stream().map(x -> x.institutionId).toList());
        LocalDate today = LocalDate.now(clock);
        return new RpwMeetingResponse(m.id, m.voivodeship, m.heldOn, m.place, m.agenda,
                members.values().stream().filter(x -> m.attendance.contains(x.id)).map(x -> member(x, refs, today)).toList(),
                m.minutes, List.copyOf(m.decisions), m.recordedBy, m.recordedAt, m.version);
    }
}
