package pl.synergia.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.territory.Gmina;
import pl.synergia.shared.territory.GminaRef;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Preconditions;
import pl.synergia.shared.web.SortField.Sort;

/**
 * Partnerships and their text. Every change locks the partnership row, checks who may make it,
 * then the version the caller saw, then the status, and writes one history event.
 */
@ApplicationScoped
public class PartnershipService {

    public record Versioned<T>(T body, long partnershipVersion) {
    }

    @Inject
    PartnershipRepository repository;

    @Inject
    Clock clock;

    @Inject
    PartnershipAccess access;

    @Inject
    PartnershipViews views;

    @Inject
    PartnershipLifecycle lifecycle;

    @Inject
    PartnershipHistory history;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    InstitutionLookup institutions;

    @Transactional
    public PartnershipPage list(PartnershipRepository.Filter filter, Sort<PartnershipSort> sort, PageParams page) {
        List<Partnership> items = repository.search(filter, sort, page.page(), page.size());
        Map<UUID, Long> joined = repository.joinedCounts(items.stream().map(p -> p.id).toList());
        long total = repository.count(filter);
        return new PartnershipPage(views.summaries(items, joined),
                page.page(), page.size(), total, page.totalPages(total));
    }

    @Transactional
    public PartnershipResponse create(PartnershipRequest r) {
        UUID initiator = initiatorFor(r);
        List<FieldError> errors = new ArrayList<>();
        Gmina gmina = em.find(Gmina.class, r.gminaTeryt());
        Optional<InstitutionRef> institution = institutions.findRef(initiator);
        if (gmina == null) {
            errors.add(new FieldError("gminaTeryt", "invalid-reference", "is not a gmina of the TERYT register"));
        }
        if (institution.isEmpty()) {
            errors.add(new FieldError("initiatingInstitutionId", "invalid-reference", "is not an institution of the directory"));
        } else {
            String institutionGmina = institutions.findGmina(initiator).map(GminaRef::teryt).orElse(null);
            if (gmina != null && !gmina.teryt.equals(institutionGmina)) {
                errors.add(new FieldError("gminaTeryt", "not-initiator-gmina",
                        "must be the gmina of the initiating institution (" + institutionGmina + ")"));
            }
            if (!PartnershipPolicy.mayBeParty(r.kind(), institution.get().type())) {
                errors.add(new FieldError(r.initiatingInstitutionId() == null ? "kind" : "initiatingInstitutionId", "invalid-for-kind",
                        "a cooperation agreement is initiated by its OPS, PUP or NGO"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        PartnershipTemplate template = repository.template(r.kind());
        Map<String, String> values = PartnershipTexts.placeholders(gmina);
        Instant now = clock.instant();
        Partnership p = new Partnership();
        p.id = UUID.randomUUID();
        p.gminaTeryt = gmina.teryt;
        p.kind = r.kind();
        p.templateCode = template.code;
        p.title = r.title() == null || r.title().isBlank() ? PartnershipTexts.defaultTitle(r.kind(), gmina) : r.title().strip();
        p.goals = r.goals() == null || r.goals().isBlank() ? template.defaultGoals : r.goals().strip();
        p.separateAgreements = PartnershipTexts.blankToNull(r.separateAgreements());
        p.initiatorInstitutionId = initiator;
        p.createdBySubject = user.subject();
        p.createdByName = user.displayName();
        p.createdAt = now;
        p.updatedAt = now;
        em.persist(p);

        Signatory s = new Signatory();
        s.id = UUID.randomUUID();
        s.partnershipId = p.id;
        s.institutionId = initiator;
        Representative rep = r.initiatorRepresentative();
        s.representativeName = rep == null ? user.displayName() : rep.name().strip();
        s.representativeFunction = rep == null ? null : PartnershipTexts.blankToNull(rep.function());
        s.status = SignatoryStatus.JOINED;
        s.invitedBySubject = user.subject();
        s.invitedByName = user.displayName();
        s.invitedAt = now;
        s.joinedOn = LocalDate.now(clock);
        s.joinedRecordedBy = user.displayName();
        em.persist(s);

        PartnershipVersion v = new PartnershipVersion();
        v.id = UUID.randomUUID();
        v.partnershipId = p.id;
        v.number = 1;
        v.note = "Wersja wygenerowana z tekstu modelowego (" + template.source + ")";
        v.authorSubject = user.subject();
        v.authorName = user.displayName();
        v.authorInstitutionId = user.institutionId().orElse(null);
        v.createdAt = now;
        v.sections = PartnershipTexts.sections(template, values);
        em.persist(v);

        Zsl zsl = new Zsl();
        zsl.partnershipId = p.id;
        zsl.updatedAt = now;
        em.persist(zsl);

        history.record(p, PartnershipAction.CREATED, "Utworzono projekt: „" + p.title + "” (" + PartnershipTexts.kindPl(p.kind) + ", gmina "
                + gmina.name + "); inicjator: " + institution.get().name() + ", przystąpił od razu; wersja 1 z tekstu modelowego.");
        em.flush();
        return views.response(p);
    }

    /** A coordinator initiates for their own institution (403 for another); an administrator names it. */
    private UUID initiatorFor(PartnershipRequest r) {
        Optional<UUID> own = access.coordinatorOf();
        if (own.isPresent()) {
            if (r.initiatingInstitutionId() != null && !r.initiatingInstitutionId().equals(own.get()) && !access.admin()) {
                throw ProblemException.forbidden("A coordinator starts partnerships for their own institution only.");
            }
            return r.initiatingInstitutionId() == null ? own.get() : r.initiatingInstitutionId();
        }
        if (access.admin()) {
            if (r.initiatingInstitutionId() == null) {
                throw ProblemException.unprocessable(List.of(new FieldError("initiatingInstitutionId", "required",
                        "an administrator names the initiating institution")));
            }
            return r.initiatingInstitutionId();
        }
        throw ProblemException.forbidden("Only a coordinator of an institution, or an administrator, starts a partnership.");
    }

    @Transactional
    public PartnershipResponse get(UUID id) {
        return views.response(repository.require(id));
    }

    @Transactional
    public PartnershipResponse update(UUID id, long expectedVersion, PartnershipUpdateRequest r) {
        Partnership p = repository.lock(id);
        access.requireManage(p);
        Preconditions.requireCurrent(expectedVersion, p.version);
        if (!p.status.drafting()) {
            throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "Partnership is no longer a draft",
                    "Title and goals change only while DRAFT or CONSULTATION; an ACTIVE partnership is amended by a new version of its text.",
                    List.of());
        }
        Map<String, String> changed = new LinkedHashMap<>();
        String title = r.title().strip();
        String goals = r.goals().strip();
        String separate = PartnershipTexts.blankToNull(r.separateAgreements());
        if (!title.equals(p.title)) {
            changed.put("tytuł", "„" + p.title + "” → „" + title + "”");
        }
        if (!goals.equals(p.goals)) {
            changed.put("cele", "zmienione");
        }
        if (!Objects.equals(separate, p.separateAgreements)) {
            changed.put("odrębne umowy", separate == null ? "usunięte" : "zmienione");
        }
        if (!changed.isEmpty()) {
            p.title = title;
            p.goals = goals;
            p.separateAgreements = separate;
            lifecycle.touch(p);
            history.record(p, PartnershipAction.UPDATED, "Zmieniono: " + String.join("; ",
                    changed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + ".");
        }
        return views.response(p);
    }

    @Transactional
    public PartnershipResponse transition(UUID id, long expectedVersion, PartnershipTransitionRequest r) {
        Partnership p = repository.lock(id);
        access.requireTransition(p);
        Preconditions.requireCurrent(expectedVersion, p.version);
        PartnershipStatus from = p.status;
        PartnershipStatus to = r.to();
        PartnershipPolicy.requireTransition(p.kind, from, to, r.reason());
        if (to == PartnershipStatus.DISSOLVED) {
            lifecycle.dissolve(p, r.reason().strip(), false);
            return views.response(p);
        }
        if (to == PartnershipStatus.ACTIVE) {
            PartnershipResponse.Activation activation = views.activation(p, repository.joined(p.id));
            if (!activation.met()) {
                throw ProblemException.unprocessable(activation.missing());
            }
            PartnershipVersion version = repository.latestVersion(p.id)
                    .orElseThrow(() -> new IllegalStateException("partnership " + p.id + " has no text"));
            Instant now = clock.instant();
            version.signed = true;
            version.signedAt = now;
            p.activatedAt = now;
            p.status = to;
            lifecycle.touch(p);
            history.record(p, PartnershipAction.VERSION_SIGNED, "Wersja " + version.number
                    + " została podpisana i zamrożona jako tekst obowiązujący.");
        } else {
            p.status = to;
            lifecycle.touch(p);
        }
        history.record(p, PartnershipAction.STATUS_CHANGED, "Status: " + PartnershipTexts.statusPl(from) + " → " + PartnershipTexts.statusPl(to)
                + (r.reason() == null || r.reason().isBlank() ? "." : ". Uzasadnienie: " + r.reason().strip()));
        return views.response(p);
    }

    @Transactional
    public PartnershipEventPage history(UUID id, PageParams page) {
        repository.require(id);
        long total = repository.eventCount(id);
        return new PartnershipEventPage(views.events(repository.events(id, page.page(), page.size())),
                page.page(), page.size(), total, page.totalPages(total));
    }

    @Transactional
    public List<VersionSummary> versions(UUID id) {
        Partnership p = repository.require(id);
        return repository.versions(id).stream().map(v -> views.versionSummary(p, v)).toList();
    }

    @Transactional
    public Versioned<VersionResponse> addVersion(UUID id, long expectedVersion, VersionRequest r) {
        Partnership p = repository.lock(id);
        access.requireManage(p);
        Preconditions.requireCurrent(expectedVersion, p.version);
        PartnershipAccess.requireNotDissolved(p);
        PartnershipVersion v = new PartnershipVersion();
        v.id = UUID.randomUUID();
        v.partnershipId = p.id;
        v.number = repository.nextVersionNumber(p.id);
        v.note = PartnershipTexts.blankToNull(r.note());
        v.authorSubject = user.subject();
        v.authorName = user.displayName();
        v.authorInstitutionId = user.institutionId().orElse(null);
        v.createdAt = clock.instant();
        int position = 1;
        for (VersionRequest.SectionRequest s : r.sections()) {
            v.sections.add(new Section(position++, PartnershipTexts.blankToNull(s.number()), PartnershipTexts.blankToNull(s.heading()), s.body().strip()));
        }
        em.persist(v);
        lifecycle.touch(p);
        history.record(p, PartnershipAction.VERSION_ADDED, (p.status == PartnershipStatus.ACTIVE
                ? "Dodano wersję " + v.number + " – propozycję zmiany podpisanego tekstu (aneks)"
                : "Dodano wersję " + v.number + " tekstu") + (v.note == null ? "." : ": " + v.note));
        return new Versioned<>(views.version(p, v), p.version);
    }

    @Transactional
    public VersionResponse version(UUID id, int number) {
        Partnership p = repository.require(id);
        return views.version(p, requireVersion(p, number));
    }

    @Transactional
    public long discardVersion(UUID id, int number, long expectedVersion) {
        Partnership p = repository.lock(id);
        access.requireManage(p);
        Preconditions.requireCurrent(expectedVersion, p.version);
        PartnershipVersion v = requireVersion(p, number);
        if (v.signed) {
            throw frozen(v);
        }
        PartnershipAccess.requireNotDissolved(p);
        List<PartnershipVersion> versions = repository.versions(p.id);
        if (versions.get(0).number != v.number) {
            throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "Only the newest version can be discarded",
                    "Version " + v.number + " is not the newest (" + versions.get(0).number + ").", List.of());
        }
        if (versions.size() == 1) {
            throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "The only version cannot be discarded",
                    "A partnership always has a text.", List.of());
        }
        v.discardedAt = clock.instant();
        lifecycle.touch(p);
        history.record(p, PartnershipAction.VERSION_DISCARDED, "Odrzucono wersję " + v.number + " tekstu.");
        return p.version;
    }

    static ProblemException frozen(PartnershipVersion v) {
        return new ProblemException(409, ProblemType.INVALID_TRANSITION, "Signed version is frozen",
                "Version " + v.number + " was signed when the partnership became active and can never be changed or "
                        + "discarded; propose an amendment as a new version.", List.of());
    }

    @Transactional
    public VersionDiff diff(UUID id, int from, int to) {
        Partnership p = repository.require(id);
        PartnershipVersion older = requireVersion(p, from);
        PartnershipVersion newer = requireVersion(p, to);
        return VersionDiffs.diff(older, newer);
    }

    private PartnershipVersion requireVersion(Partnership p, int number) {
        return repository.version(p.id, number)
                .orElseThrow(() -> ProblemException.notFound("This partnership has no version " + number + "."));
    }

    // --- public -------------------------------------------------------------------------------

    @Transactional
    public PublicPartnershipPage publicList(String teryt, PartnershipKind kind, PageParams page) {
        PartnershipRepository.Filter filter = new PartnershipRepository.Filter(teryt, PartnershipStatus.ACTIVE, kind);
        Sort<PartnershipSort> newest = new Sort<>(PartnershipSort.CREATED, true);
        List<Partnership> items = repository.search(filter, newest, page.page(), page.size());
        long total = repository.count(filter);
        return new PublicPartnershipPage(items.stream().map(p -> publicView(p, false)).toList(), page.page(), page.size(), total,
                page.totalPages(total));
    }

    @Transactional
    public PublicPartnership publicGet(UUID id) {
        Partnership p = em.find(Partnership.class, id);
        if (p == null || p.status != PartnershipStatus.ACTIVE) {
            throw ProblemException.notFound("No active partnership has this id.");
        }
        return publicView(p, true);
    }

    private PublicPartnership publicView(Partnership p, boolean withText) {
        PartnershipTemplate template = repository.template(p.templateCode);
        List<PublicPartnership.PublicSignatory> signatories = repository.joined(p.id).stream()
                .map(s -> s.privatePerson()
                        ? new PublicPartnership.PublicSignatory(s.personName, null, s.personFunction, s.joinedOn)
                        : publicInstitution(s))
                .toList();
        PublicText text = withText ? repository.signedVersion(p.id).map(v -> PublicText.of(views.version(p, v))).orElse(null) : null;
        return new PublicPartnership(p.id, views.gmina(p.gminaTeryt), p.kind, p.title, p.goals, template.legalCharacter,
                p.activatedAt, signatories, text);
    }

    private PublicPartnership.PublicSignatory publicInstitution(Signatory s) {
        InstitutionRef ref = views.institution(s.institutionId);
        InstitutionType type = ref.type();
        return new PublicPartnership.PublicSignatory(ref.name(), type, null, s.joinedOn);
    }

}
