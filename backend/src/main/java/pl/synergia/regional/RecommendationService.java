package pl.synergia.regional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.events.DomainEvent;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.events.Events;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.territory.GminaRef;
import pl.synergia.shared.territory.Powiat;
import pl.synergia.shared.territory.Gmina;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Preconditions;
import pl.synergia.shared.web.SortField.Sort;

/**
 * Recommendations of the region: issued by a regional analyst (the ROPS) to a gmina or powiat of
 * its voivodeship, moved on by a coordinator of an addressee (RecommendationPolicy), each step in
 * the history and announced through the outbox. Who sees one: an administrator every one, an
 * analyst its voivodeship's, the staff of the addressees theirs; anyone else gets 404, audited.
 */
@ApplicationScoped
public class RecommendationService {

    static final String AUDIT_RECORD = "RECOMMENDATION";

    /** A list's filter: status, a TERYT prefix (voivodeship, powiat or gmina). */
    public record Filter(RecommendationStatus status, String territory) {
    }

    /** Who is asking, as far as recommendations go. */
    record Caller(boolean admin, Optional<String> voivodeship, UUID institutionId, String institutionGmina,
            pl.synergia.shared.institution.InstitutionType institutionType, boolean coordinator) {

        boolean analyst() {
            return voivodeship.isPresent();
        }
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    RegionalScope scope;

    @Inject
    InstitutionLookup institutions;

    @Inject
    Events events;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public RecommendationResponse issue(RecommendationRequest r) {
        String voivodeship = scope.voivodeship().orElseThrow(() -> ProblemException.forbidden(
                "Recommendations are issued by the voivodeship's ROPS (a regional analyst of its institution)."));
        UUID issuer = user.institutionId().orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        String territory = r.territory();
        if (!territory.startsWith(voivodeship)) {
            audit.denied(AUDIT_RECORD, null, null, AuditLog.Action.CREATE, "territory " + territory + " outside voivodeship " + voivodeship);
            errors.add(new FieldError("territory", "outside-voivodeship", "is not a gmina or powiat of your voivodeship"));
        } else if (territoryRef(territory).isEmpty()) {
            errors.add(new FieldError("territory", "unknown", "is not the TERYT code of a gmina or powiat"));
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < r.indicators().size(); i++) {
            String code = r.indicators().get(i).strip();
            if (IndicatorCatalogue.find(code).isEmpty()) {
                errors.add(new FieldError("indicators[" + i + "]", "unknown", "is not an indicator of the catalogue"));
            } else if (codes.contains(code)) {
                errors.add(new FieldError("indicators[" + i + "]", "duplicate", "is listed twice"));
            } else {
                codes.add(code);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        Instant now = clock.instant();
        Recommendation rec = new Recommendation();
        rec.id = UUID.randomUUID();
        rec.voivodeship = voivodeship;
        rec.territoryTeryt = territory;
        rec.text = r.text().strip();
        rec.indicators = new ArrayList<>(codes);
        rec.status = RecommendationStatus.ISSUED;
        rec.issuedByInstitutionId = issuer;
        rec.issuedBy = user.displayName();
        rec.issuedAt = now;
        rec.updatedAt = now;
        em.persist(rec);
        record(rec, null, RecommendationStatus.ISSUED, null, now);
        RecommendationPolicy.Level level = RecommendationPolicy.Level.of(territory);
        List<UUID> addressees = institutions.activeIn(territory, RecommendationPolicy.addressedTypes(level)).stream()
                .map(InstitutionRef::id).toList();
        events.publish(DomainEvent.of(EventType.RECOMMENDATION_ISSUED, rec.id).with("level", level).with("territory", territory)
                .with("issuerInstitutionId", issuer).to(addressees).area(territory).build());
        em.flush();
        return response(rec, caller());
    }

    @Transactional
    public RecommendationResponse get(UUID id) {
        Caller caller = caller();
        return response(require(id, caller, false), caller);
    }

    @Transactional
    public RecommendationResponse move(UUID id, long expectedVersion, RecommendationStatusRequest r) {
        Caller caller = caller();
        Recommendation rec = require(id, caller, true);
        Preconditions.requireCurrent(expectedVersion, rec.version);
        if (!caller.coordinator() || !addressee(rec, caller)) {
            audit.denied(AUDIT_RECORD, rec.id, null, AuditLog.Action.TRANSITION, "not a coordinator of an addressee");
            throw ProblemException.forbidden("Only a coordinator of the OPS of the gmina (for a powiat: of an OPS or PUP in it) "
                    + "moves a recommendation on.");
        }
        RecommendationStatus from = rec.status;
        String reason = RecommendationPolicy.requireTransition(from, r.status(), r.reason());
        Instant now = clock.instant();
        rec.status = r.status();
        if (r.status().closed()) {
            rec.closingReason = reason;
        }
        rec.updatedAt = now;
        record(rec, from, r.status(), reason, now);
        events.publish(DomainEvent.of(r.status() == RecommendationStatus.ACKNOWLEDGED ? EventType.RECOMMENDATION_ACKNOWLEDGED
                : EventType.RECOMMENDATION_CLOSED, rec.id).with("status", r.status()).with("territory", rec.territoryTeryt)
                .with("actorInstitutionId", caller.institutionId()).to(rec.issuedByInstitutionId).area(rec.territoryTeryt).build());
        em.flush();
        return response(rec, caller);
    }

    @Transactional
    public RecommendationPage list(Filter filter, Sort<RecommendationSort> sort, PageParams page) {
        Caller caller = caller();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (caller.analyst()) {
            where.append(" and r.voivodeship = :voivodeship");
            params.put("voivodeship", caller.voivodeship().get());
        } else if (!caller.admin()) {
            List<String> territories = RecommendationPolicy.addressableTerritories(caller.institutionGmina(), caller.institutionType());
            if (territories.isEmpty()) {
                return new RecommendationPage(List.of(), page.page(), page.size(), 0, 1);
            }
            where.append(" and r.territoryTeryt in :territories");
            params.put("territories", territories);
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", filter.status());
        }
        if (filter.territory() != null) {
            where.append(" and r.territoryTeryt like :prefix");
            params.put("prefix", filter.territory() + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(r) from Recommendation r" + where, Long.class);
        TypedQuery<Recommendation> rows = em.createQuery("select r from Recommendation r" + where + " order by " + sort.orderBy(),
                Recommendation.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Recommendation> items = rows.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList();
        Map<String, RecommendationResponse.TerritoryRef> names = territoryRefs(items.stream().map(x -> x.territoryTeryt).toList());
        return new RecommendationPage(items.stream().map(x -> summary(x, names.get(x.territoryTeryt))).toList(), page.page(), page.size(),
                total, page.totalPages(total));
    }

    /** The recommendations to a gmina and to its powiat, newest first (the gmina profile). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecommendationSummary> forGmina(String gmina) {
        List<Recommendation> items = em.createQuery("select r from Recommendation r where r.territoryTeryt in :t "
                + "order by r.issuedAt desc, r.id", Recommendation.class).setParameter("t", List.of(gmina, gmina.substring(0, 4)))
                .setMaxResults(100).getResultList();
        Map<String, RecommendationResponse.TerritoryRef> names = territoryRefs(items.stream().map(x -> x.territoryTeryt).toList());
        return items.stream().map(x -> summary(x, names.get(x.territoryTeryt))).toList();
    }

    /** What changes when a recommendation to the gmina or its powiat changes (for the profile's ETag). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String stampForGmina(String gmina) {
        Object[] row = em.createQuery("select count(r), max(r.updatedAt) from Recommendation r where r.territoryTeryt in :t", Object[].class)
                .setParameter("t", List.of(gmina, gmina.substring(0, 4))).getSingleResult();
        return row[0] + "@" + row[1];
    }

    /** How many recommendations of a voivodeship are in each status (the report). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<RecommendationStatus, Long> countsByStatus(String voivodeship) {
        Map<RecommendationStatus, Long> counts = new java.util.EnumMap<>(RecommendationStatus.class);
        for (RecommendationStatus s : RecommendationStatus.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("select r.status, count(r) from Recommendation r where r.voivodeship = :v group by r.status", Object[].class)
                .setParameter("v", voivodeship).getResultStream().forEach(row -> counts.put((RecommendationStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** The newest recommendations of a voivodeship (the report), at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecommendationSummary> newest(String voivodeship, int limit) {
        List<Recommendation> items = em.createQuery("select r from Recommendation r where r.voivodeship = :v order by r.issuedAt desc, r.id",
                Recommendation.class).setParameter("v", voivodeship).setMaxResults(limit).getResultList();
        Map<String, RecommendationResponse.TerritoryRef> names = territoryRefs(items.stream().map(x -> x.territoryTeryt).toList());
        return items.stream().map(x -> summary(x, names.get(x.territoryTeryt))).toList();
    }

    private Caller caller() {
        boolean admin = user.hasRole(Roles.ADMIN);
        Optional<String> voivodeship = !admin && user.hasRole(Roles.REGIONAL_ANALYST) ? scope.voivodeship() : Optional.empty();
        UUID institution = user.institutionId().orElse(null);
        String gmina = institution == null ? null : institutions.findGmina(institution).map(GminaRef::teryt).orElse(null);
        var type = institution == null ? null : institutions.findRef(institution).map(InstitutionRef::type).orElse(null);
        return new Caller(admin, voivodeship, institution, gmina, type, user.hasRole(Roles.COORDINATOR));
    }

    private Recommendation require(UUID id, Caller caller, boolean lock) {
        Recommendation rec = lock ? em.find(Recommendation.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Recommendation.class, id);
        if (rec == null) {
            throw ProblemException.notFound("No recommendation has this id.");
        }
        boolean visible = caller.admin() || caller.voivodeship().map(rec.voivodeship::equals).orElse(false) || addressee(rec, caller);
        if (!visible) {
            audit.denied(AUDIT_RECORD, rec.id, null, AuditLog.Action.READ, "recommendation to " + rec.territoryTeryt + " not for the caller");
            throw ProblemException.notFound("No recommendation has this id.");
        }
        return rec;
    }

    private static boolean addressee(Recommendation rec, Caller caller) {
        return RecommendationPolicy.addresses(rec.territoryTeryt, caller.institutionGmina(), caller.institutionType());
    }

    private void record(Recommendation rec, RecommendationStatus from, RecommendationStatus to, String note, Instant at) {
        RecommendationChange c = new RecommendationChange();
        c.id = UUID.randomUUID();
        c.recommendationId = rec.id;
        c.at = at;
        c.actorName = user.displayName();
        c.actorInstitutionId = user.institutionId().orElse(null);
        c.fromStatus = from;
        c.toStatus = to;
        c.note = note;
        em.persist(c);
    }

    private RecommendationResponse response(Recommendation rec, Caller caller) {
        List<RecommendationChange> changes = em.createQuery("select c from RecommendationChange c where c.recommendationId = :id "
                + "order by c.at, c.id", RecommendationChange.class).setParameter("id", rec.id).getResultList();
        Set<UUID> ids = new HashSet<>();
        ids.add(rec.issuedByInstitutionId);
        changes.stream().map(c -> c.actorInstitutionId).filter(java.util.Objects::nonNull).forEach(ids::add);
        Map<UUID, InstitutionRef> refs = institutions.findRefs(ids);
        List<RecommendationStatus> allowed = caller.coordinator() && addressee(rec, caller)
                ? List.copyOf(new LinkedHashSet<>(RecommendationPolicy.next(rec.status))) : List.of();
        return new RecommendationResponse(rec.id, territoryRefs(List.of(rec.territoryTeryt)).get(rec.territoryTeryt), rec.text,
                rec.indicators.stream().map(code -> IndicatorCatalogue.find(code)
                        .map(i -> new RecommendationResponse.IndicatorRef(i.code(), i.namePl(), i.nameEn()))
                        .orElse(new RecommendationResponse.IndicatorRef(code, code, code))).toList(),
                rec.status, rec.closingReason, refs.get(rec.issuedByInstitutionId), rec.issuedBy, rec.issuedAt, rec.updatedAt,
                changes.stream().map(c -> new RecommendationResponse.Change(c.at, c.actorName,
                        c.actorInstitutionId == null ? null : refs.get(c.actorInstitutionId), c.fromStatus, c.toStatus, c.note)).toList(),
                allowed, rec.version);
    }

    private static RecommendationSummary summary(Recommendation r, RecommendationResponse.TerritoryRef territory) {
        String excerpt = r.text.length() <= 200 ? r.text : r.text.substring(0, 199) + "…";
        return new RecommendationSummary(r.id, territory, excerpt, List.copyOf(r.indicators), r.status, r.issuedAt, r.updatedAt, r.version);
    }

    private Optional<RecommendationResponse.TerritoryRef> territoryRef(String teryt) {
        return Optional.ofNullable(territoryRefs(List.of(teryt)).get(teryt));
    }

    /** Names of gminas and powiats, in two queries whatever their number. */
    private Map<String, RecommendationResponse.TerritoryRef> territoryRefs(Collection<String> codes) {
        Map<String, RecommendationResponse.TerritoryRef> found = new HashMap<>();
        Set<String> gminas = new HashSet<>();
        Set<String> powiats = new HashSet<>();
        codes.forEach(c -> (c.length() == 7 ? gminas : powiats).add(c));
        if (!gminas.isEmpty()) {
            em.createQuery("select g from Gmina g join fetch g.powiat where g.teryt in :c", Gmina.class).setParameter("c", gminas)
                    .getResultStream().forEach(g -> found.put(g.teryt, new RecommendationResponse.TerritoryRef(g.teryt,
                            RecommendationPolicy.Level.GMINA, g.name, g.powiat.name)));
        }
        if (!powiats.isEmpty()) {
            em.createQuery("select p from Powiat p where p.code in :c", Powiat.class).setParameter("c", powiats)
                    .getResultStream().forEach(p -> found.put(p.code, new RecommendationResponse.TerritoryRef(p.code,
                            RecommendationPolicy.Level.POWIAT, p.name, p.name)));
        }
        return found;
    }
}
