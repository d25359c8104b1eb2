package pl.synergia.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import pl.synergia.shared.events.DomainEvent;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.events.TimedEventSource;

/**
 * The directory's time-based events: the official status of a CIS, a KIS, a ZAZ or an OWES
 * (granted by the wojewoda, or the AKSES accreditation) ending within
 * {@value OfficialStatusState#WARNING_DAYS} days (INSTITUTION_STATUS_EXPIRING), or ended within the
 * last {@value #EXPIRED_NOTICE_DAYS} days (INSTITUTION_STATUS_EXPIRED; a status that ended long ago
 * is no news). The entry and its operator learn of it. Keyed by institution, kind and end date: a
 * renewed status (a new end date) is a new event.
 */
@ApplicationScoped
public class StatusExpiryEvents implements TimedEventSource {

    /** The statuses whose end is announced. */
    static final Set<OfficialStatusKind> KINDS = Set.of(OfficialStatusKind.CIS_STATUS, OfficialStatusKind.KIS_REGISTER,
            OfficialStatusKind.ZAZ_STATUS, OfficialStatusKind.OWES_ACCREDITATION);

    /** An ended status is announced while it ended at most this many days ago. */
    static final int EXPIRED_NOTICE_DAYS = 30;

    @Inject
    InstitutionRepository repository;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DomainEvent> dueOn(LocalDate today) {
        return repository.statusEndingBetween(KINDS, today.minusDays(EXPIRED_NOTICE_DAYS), today.plusDays(OfficialStatusState.WARNING_DAYS))
                .stream().map(i -> event(i, today)).toList();
    }

    static DomainEvent event(Institution i, LocalDate today) {
        boolean expired = OfficialStatusState.of(i.statusValidFrom, i.statusValidTo, today) == OfficialStatusState.EXPIRED;
        EventType type = expired ? EventType.INSTITUTION_STATUS_EXPIRED : EventType.INSTITUTION_STATUS_EXPIRING;
        return DomainEvent.of(type, i.id)
                .with("institutionId", i.id)
                .with("institutionType", i.type)
                .with("statusKind", i.statusKind)
                .with("validTo", i.statusValidTo)
                .to(i.id, i.operator == null ? null : i.operator.id)
                .area(i.gmina.teryt)
                .once((expired ? "status-expired:" : "status-expiring:") + i.id + ":" + i.statusKind + ":" + i.statusValidTo)
                .build();
    }
}
