package pl.synergia.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import pl.synergia.shared.security.Colleagues;
import pl.synergia.shared.security.UserRef;

/**
 * The caseworkers of an institution as the users' records know them ({@link UserRecorder} writes
 * their name and whether they are staff or coordinator once per token): the published port through
 * which case work picks a colleague (docs/adr/0039).
 */
@ApplicationScoped
public class CaseworkerDirectory implements Colleagues {

    @Inject
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserRef> caseworkersOf(UUID institution) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select subject, display_name from user_account "
                + "where institution_id = ?1 and caseworker order by display_name collate \"pl-x-icu\", subject")
                .unwrap(NativeQuery.class).setParameter(1, institution, UUID.class).getResultList();
        return rows.stream().map(r -> new UserRef((String) r[0], (String) r[1])).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserRef> caseworker(UUID institution, String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select subject, display_name from user_account "
                + "where institution_id = ?1 and subject = ?2 and caseworker")
                .unwrap(NativeQuery.class).setParameter(1, institution, UUID.class).setParameter(2, subject).getResultList();
        return rows.stream().findFirst().map(r -> new UserRef((String) r[0], (String) r[1]));
    }
}
