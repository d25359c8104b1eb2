package pl.synergia.partnership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import pl.synergia.shared.persistence.Where;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.web.SortField.Sort;

/** Queries of the partnership context. */
@ApplicationScoped
public class PartnershipRepository {

    /** List filters: TERYT prefix, status, kind; each optional. */
    public record Filter(String teryt, PartnershipStatus status, PartnershipKind kind) {
    }

    @Inject
    EntityManager em;

    public Partnership require(UUID id) {
        return Optional.ofNullable(em.find(Partnership.class, id)).orElseThrow(PartnershipRepository::notFound);
    }

    /** The partnership, locked for the rest of the transaction: every change goes through here, so rules over signatories hold under concurrency. */
    public Partnership lock(UUID id) {
        return Optional.ofNullable(em.find(Partnership.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(PartnershipRepository::notFound);
    }

    static ProblemException notFound() {
        return ProblemException.notFound("No partnership has this id.");
    }

    public List<Partnership> search(Filter filter, Sort<PartnershipSort> sort, int page, int size) {
        Where where = where(filter);
        return where.bind(em.createQuery("select p from Partnership p join Gmina g on g.teryt = p.gminaTeryt"
                + where.clause() + " order by " + sort.orderBy(), Partnership.class))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long count(Filter filter) {
        Where where = where(filter);
        return where.bind(em.createQuery("select count(p) from Partnership p" + where.clause(), Long.class)).getSingleResult();
    }

    private static Where where(Filter filter) {
        Where where = new Where();
        if (filter.teryt() != null) {
            where.and("p.gminaTeryt like :teryt", "teryt", filter.teryt() + "%");
        }
        if (filter.status() != null) {
            where.and("p.status = :status", "status", filter.status());
        }
        if (filter.kind() != null) {
            where.and("p.kind = :kind", "kind", filter.kind());
        }
        return where;
    }

    public PartnershipTemplate template(PartnershipKind kind) {
        return em.createQuery("select t from PartnershipTemplate t where t.kind = :kind", PartnershipTemplate.class)
                .setParameter("kind", kind).getSingleResult();
    }

    public PartnershipTemplate template(String code) {
        return em.find(PartnershipTemplate.class, code);
    }

    // --- versions -----------------------------------------------------------------------------

    /** The versions that count (not discarded), newest first. */
    public List<PartnershipVersion> versions(UUID partnershipId) {
        return em.createQuery("select v from PartnershipVersion v where v.partnershipId = :p and v.discardedAt is null "
                + "order by v.number desc", PartnershipVersion.class).setParameter("p", partnershipId).getResultList();
    }

    public Optional<PartnershipVersion> version(UUID partnershipId, int number) {
        return em.createQuery("select v from PartnershipVersion v where v.partnershipId = :p and v.number = :n "
                + "and v.discardedAt is null", PartnershipVersion.class)
                .setParameter("p", partnershipId).setParameter("n", number).getResultStream().findFirst();
    }

    public Optional<PartnershipVersion> latestVersion(UUID partnershipId) {
        return versions(partnershipId).stream().findFirst();
    }

    public Optional<PartnershipVersion> signedVersion(UUID partnershipId) {
        return em.createQuery("select v from PartnershipVersion v where v.partnershipId = :p and v.signed = true",
                PartnershipVersion.class).setParameter("p", partnershipId).getResultStream().findFirst();
    }

    /** The next number, counting discarded versions too, so a number is never used twice. */
    public int nextVersionNumber(UUID partnershipId) {
        Integer max = em.createQuery("select max(v.number) from PartnershipVersion v where v.partnershipId = :p", Integer.class)
                .setParameter("p", partnershipId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    // --- signatories --------------------------------------------------------------------------

    public List<Signatory> signatories(UUID partnershipId) {
        return em.createQuery("select s from Signatory s where s.partnershipId = :p order by s.invitedAt, s.id", Signatory.class)
                .setParameter("p", partnershipId).getResultList();
    }

    public List<Signatory> joined(UUID partnershipId) {
        return em.createQuery("select s from Signatory s where s.partnershipId = :p and s.status = :status "
                + "order by s.joinedOn, s.invitedAt, s.id", Signatory.class)
                .setParameter("p", partnershipId).setParameter("status", SignatoryStatus.JOINED).getResultList();
    }

    public long joinedCount(UUID partnershipId) {
        return em.createQuery("select count(s) from Signatory s where s.partnershipId = :p and s.status = :status", Long.class)
                .setParameter("p", partnershipId).setParameter("status", SignatoryStatus.JOINED).getSingleResult();
    }

    public Map<UUID, Long> joinedCounts(List<UUID> partnershipIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (partnershipIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("select s.partnershipId, count(s) from Signatory s where s.partnershipId in :ids "
                + "and s.status = :status group by s.partnershipId", Object[].class)
                .setParameter("ids", partnershipIds).setParameter("status", SignatoryStatus.JOINED).getResultList()) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }

    public Optional<Signatory> signatory(UUID partnershipId, UUID signatoryId) {
        return Optional.ofNullable(em.find(Signatory.class, signatoryId)).filter(s -> s.partnershipId.equals(partnershipId));
    }

    /** Whether the institution is a JOINED signatory. */
    public boolean joinedInstitution(UUID partnershipId, UUID institutionId) {
        return em.createQuery("select count(s) from Signatory s where s.partnershipId = :p and s.institutionId = :i "
                + "and s.status = :status", Long.class).setParameter("p", partnershipId).setParameter("i", institutionId)
                .setParameter("status", SignatoryStatus.JOINED).getSingleResult() > 0;
    }

    // --- ZSL ----------------------------------------------------------------------------------

    public Zsl zsl(UUID partnershipId) {
        return em.find(Zsl.class, partnershipId);
    }

    public List<ZslMember> members(UUID partnershipId) {
        return em.createQuery("select m from ZslMember m where m.partnershipId = :p order by m.role, m.fromDate, m.personName, m.id",
                ZslMember.class).setParameter("p", partnershipId).getResultList();
    }

    public List<ZslMeeting> meetings(UUID partnershipId) {
        return em.createQuery("select m from ZslMeeting m where m.partnershipId = :p order by m.heldOn desc, m.recordedAt desc, m.id",
                ZslMeeting.class).setParameter("p", partnershipId).getResultList();
    }

    // --- history ------------------------------------------------------------------------------

    public List<PartnershipEvent> events(UUID partnershipId, int page, int size) {
        return em.createQuery("select e from PartnershipEvent e where e.partnershipId = :p order by e.occurredAt desc, e.id desc",
                PartnershipEvent.class).setParameter("p", partnershipId).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }

    public long eventCount(UUID partnershipId) {
        return em.createQuery("select count(e) from PartnershipEvent e where e.partnershipId = :p", Long.class)
                .setParameter("p", partnershipId).getSingleResult();
    }
}
