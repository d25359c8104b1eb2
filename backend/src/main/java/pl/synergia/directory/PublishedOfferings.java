package pl.synergia.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.shared.offering.OfferingLookup;
import pl.synergia.shared.offering.OfferingRef;

/** The directory's offerings as other contexts read them (the port {@link OfferingLookup}): only the published columns. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedOfferings implements OfferingLookup {

    private static final String REF = "select new pl.synergia.shared.offering.OfferingRef(o.id, i.id, i.gmina.teryt, o.serviceCode, "
            + "o.places, case when o.status = pl.synergia.directory.OfferingStatus.ACTIVE then true else false end) "
            + "from Offering o join o.institution i";

    @Inject
    EntityManager em;

    @Override
    public Map<UUID, OfferingRef> offerings(Collection<UUID> ids) {
        Map<UUID, OfferingRef> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(REF + " where o.id in :ids", OfferingRef.class).setParameter("ids", new HashSet<>(ids))
                    .getResultStream().forEach(o -> found.put(o.id(), o));
        }
        return found;
    }

    @Override
    public List<OfferingRef> activeIn(String terytPrefix) {
        return em.createQuery(REF + " where o.status = pl.synergia.directory.OfferingStatus.ACTIVE and i.active = true "
                + "and fk(i.gmina) like :teryt order by fk(i.gmina), i.id, o.id", OfferingRef.class)
                .setParameter("teryt", (terytPrefix == null ? "" : terytPrefix) + "%").getResultList();
    }
}
