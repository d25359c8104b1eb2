package pl.synergia.partnership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.persistence.Where;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Preconditions;
import pl.synergia.shared.web.SortField.Sort;

/** The Gminny Katalog Interesariuszy: an influence scenario only for NEUTRAL stakeholders. */
@ApplicationScoped
public class StakeholderService {

    @Inject
    PartnershipRepository repository;

    @Inject
    Clock clock;

    @Inject
    PartnershipAccess access;

    @Inject
    PartnershipHistory history;

    @Inject
    InstitutionLookup institutions;

    @Inject
    EntityManager em;

    @Transactional
    public StakeholderPage list(UUID partnershipId, StakeholderCode code, StakeholderSector sector, Sort<StakeholderSort> sort,
            PageParams page) {
        repository.require(partnershipId);
        Where where = new Where().and("s.partnershipId = :p", "p", partnershipId);
        if (code != null) {
            where.and("s.code = :code", "code", code);
        }
        if (sector != null) {
            where.and("s.sector = :sector", "sector", sector);
        }
        long total = where.bind(em.createQuery("select count(s) from Stakeholder s" + where.clause(), Long.class)).getSingleResult();
        // entries of the directory sort by their institution's name, read through the directory's port
        Map<UUID, InstitutionRef> named = institutions.findRefs(em.createQuery("select distinct s.institutionId from Stakeholder s "
                + "where s.partnershipId = :p and s.institutionId is not null", UUID.class).setParameter("p", partnershipId).getResultList());
        Map<UUID, String> names = new HashMap<>();
        named.forEach((id, ref) -> names.put(id, ref.name()));
        String orderBy = sort.orderBy().replace(StakeholderSort.INSTITUTION_NAME, where.text("s.institutionId", names, "institution"));
        List<Stakeholder> items = where.bind(em.createQuery("select s from Stakeholder s" + where.clause() + " order by " + orderBy,
                Stakeholder.class)).setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList();
        return new StakeholderPage(items.stream().map(s -> response(s, s.institutionId == null ? null : named.get(s.institutionId)))
                .toList(), page.page(), page.size(), total, page.totalPages(total));
    }

    @Transactional
    public StakeholderResponse add(UUID partnershipId, StakeholderRequest r) {
        Partnership p = repository.lock(partnershipId);
        access.requireManage(p);
        PartnershipAccess.requireNotDissolved(p);
        validate(p, null, r);
        Stakeholder s = new Stakeholder();
        s.id = UUID.randomUUID();
        s.partnershipId = p.id;
        s.createdAt = clock.instant();
        apply(s, r);
        em.persist(s);
        em.flush();
        history.record(p, PartnershipAction.STAKEHOLDER_ADDED, "Dodano do katalogu interesariuszy: " + name(s) + " (" + codePl(s.code)
                + ").");
        return response(s);
    }

    @Transactional
    public StakeholderResponse get(UUID partnershipId, UUID stakeholderId) {
        repository.require(partnershipId);
        return response(find(partnershipId, stakeholderId, false));
    }

    @Transactional
    public StakeholderResponse update(UUID partnershipId, UUID stakeholderId, long expectedVersion, StakeholderRequest r) {
        Partnership p = repository.lock(partnershipId);
        Stakeholder s = find(partnershipId, stakeholderId, true);
        access.requireManage(p);
        Preconditions.requireCurrent(expectedVersion, s.version);
        PartnershipAccess.requireNotDissolved(p);
        validate(p, s, r);
        StakeholderCode before = s.code;
        apply(s, r);
        em.flush();
        history.record(p, PartnershipAction.STAKEHOLDER_UPDATED, "Zmieniono wpis w katalogu interesariuszy: " + name(s)
                + (before != s.code ? " (kod: " + codePl(before) + " → " + codePl(s.code) + ")" : "")
                + (s.scenarioOutcome != null ? "; scenariusz oddziaływania: " + s.scenarioOutcome : "") + ".");
        return response(s);
    }

    @Transactional
    public void remove(UUID partnershipId, UUID stakeholderId, long expectedVersion) {
        Partnership p = repository.lock(partnershipId);
        Stakeholder s = find(partnershipId, stakeholderId, true);
        access.requireManage(p);
        Preconditions.requireCurrent(expectedVersion, s.version);
        PartnershipAccess.requireNotDissolved(p);
        String name = name(s);
        em.remove(s);
        em.flush();
        history.record(p, PartnershipAction.STAKEHOLDER_REMOVED, "Usunięto z katalogu interesariuszy: " + name + ".");
    }

    private Stakeholder find(UUID partnershipId, UUID stakeholderId, boolean lock) {
        Stakeholder s = lock ? em.find(Stakeholder.class, stakeholderId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Stakeholder.class, stakeholderId);
        if (s == null || !s.partnershipId.equals(partnershipId)) {
            throw ProblemException.notFound("This partnership's catalogue has no entry with this id.");
        }
        return s;
    }

    private void validate(Partnership p, Stakeholder current, StakeholderRequest r) {
        List<FieldError> errors = new ArrayList<>();
        boolean named = r.name() != null && !r.name().isBlank();
        if ((r.institutionId() == null) == !named) {
            errors.add(new FieldError("institutionId", "one-of", "give either institutionId or name, not both or neither"));
        } else if (r.institutionId() != null) {
            if (institutions.findRef(r.institutionId()).isEmpty()) {
                errors.add(new FieldError("institutionId", "invalid-reference", "is not an institution of the directory"));
            } else if (em.createQuery("select count(s) from Stakeholder s where s.partnershipId = :p and s.institutionId = :i "
                    + "and s.id <> :self", Long.class)
                    .setParameter("p", p.id).setParameter("i", r.institutionId())
                    .setParameter("self", current == null ? new UUID(0, 0) : current.id)
                    .getSingleResult() > 0) {
                errors.add(new FieldError("institutionId", "duplicate", "is already in the catalogue"));
            }
        }
        if (r.influenceScenario() != null && r.code() != StakeholderCode.NEUTRAL) {
            errors.add(new FieldError("influenceScenario", "only-for-neutral",
                    "an influence scenario is kept only for NEUTRAL stakeholders"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
    }

    private void apply(Stakeholder s, StakeholderRequest r) {
        s.institutionId = r.institutionId();
        s.name = r.institutionId() == null ? r.name().strip() : null;
        s.sector = r.sector();
        s.outsideGmina = Boolean.TRUE.equals(r.outsideGmina());
        s.usefulness = PartnershipTexts.blankToNull(r.usefulness());
        StakeholderRequest.Resources res = r.resources();
        s.resourcesTechnical = res == null ? null : PartnershipTexts.blankToNull(res.technical());
        s.resourcesPersonnel = res == null ? null : PartnershipTexts.blankToNull(res.personnel());
        s.resourcesFinancial = res == null ? null : PartnershipTexts.blankToNull(res.financial());
        s.code = r.code();
        StakeholderRequest.Scenario scenario = r.influenceScenario();
        s.scenarioNotes = scenario == null ? null : scenario.notes().strip();
        s.scenarioOutcome = scenario == null ? null : Optional.ofNullable(scenario.outcome()).orElse(ScenarioOutcome.PENDING);
        s.updatedAt = clock.instant();
    }

    private String name(Stakeholder s) {
        return s.institutionId == null ? s.name : institutions.requireRef(s.institutionId).name();
    }

    private StakeholderResponse response(Stakeholder s) {
        return response(s, s.institutionId == null ? null : institutions.requireRef(s.institutionId));
    }

    private static StakeholderResponse response(Stakeholder s, InstitutionRef ref) {
        return new StakeholderResponse(s.id, ref == null ? s.name : ref.name(), ref, s.sector, s.outsideGmina, s.usefulness,
                new StakeholderRequest.Resources(s.resourcesTechnical, s.resourcesPersonnel, s.resourcesFinancial), s.code,
                s.scenarioNotes == null ? null : new StakeholderRequest.Scenario(s.scenarioNotes, s.scenarioOutcome),
                s.createdAt, s.updatedAt, s.version);
    }

    private static String codePl(StakeholderCode code) {
        return code == StakeholderCode.SUPPORTER ? "Zwolennik" : "Neutralny";
    }
}
