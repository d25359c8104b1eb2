package pl.synergia.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.catalogue.ServiceEntry;
import pl.synergia.shared.catalogue.ServiceRef;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.directory.InstitutionChange.Action;
import pl.synergia.directory.InstitutionChange.FieldChange;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.institution.OfficialStatusRef;
import pl.synergia.shared.territory.GminaRef;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.territory.Gmina;
import pl.synergia.shared.persistence.ChangeHorizon;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.SyncCursor;
import pl.synergia.shared.web.Preconditions;
import pl.synergia.shared.web.SortField.Sort;

/**
 * The institution directory. Reading is open to every authenticated role (no personal data);
 * changes follow {@link DirectoryAccess}, are checked against the version the caller loaded,
 * and are recorded field by field in the entry's history.
 */
@ApplicationScoped
public class InstitutionService implements InstitutionLookup {

    @Inject
    InstitutionRepository repository;

    @Inject
    Clock clock;

    @Inject
    OfferingRepository offerings;

    @Inject
    CatalogueLookup catalogue;

    @Inject
    InstitutionMapper mapper;

    @Inject
    DirectoryAccess access;

    @Inject
    InstitutionHistory history;

    @Inject
    EntityManager em;

    @Inject
    ChangeHorizon horizon;

    @Inject
    InstitutionSearch searchTable;

    @Inject
    pl.synergia.shared.security.CurrentUser user;

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstitutionPage search(InstitutionFilter filter, Sort<InstitutionSort> sort, PageParams page) {
        String near = user.institutionId().flatMap(id -> repository.gminaOf(id)).orElse(null);
        return mapper.toPage(searchTable.search(filter, sort, near, page.page(), page.size()), page);
    }

    /**
     * One page of changes after the cursor: entries matching the filter, deactivated ones included,
     * oldest change first, up to the horizon of running transactions (ADR 0034).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InstitutionPage changes(InstitutionFilter filter, SyncCursor after, int size) {
        InstitutionFilter all = new InstitutionFilter(filter.text(), filter.types(), filter.terytPrefix(), filter.serviceCode(),
                filter.targetGroup(), filter.statusValidOn(), filter.stakeholderRole(), true);
        InstitutionSearch.Changes changes = searchTable.changed(all, after.updatedAt(), after.id(), horizon.now(), size);
        List<Institution> items = changes.ids().isEmpty() ? List.of() : repository.findAllWithTerritory(changes.ids());
        Institution last = items.isEmpty() ? null : items.get(items.size() - 1);
        return mapper.toChangesPage(items, size, changes.remaining(), last == null ? after : SyncCursor.after(last.updatedAt, last.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstitutionDetails get(UUID id) {
        return details(repository.findWithTerritory(id).orElseThrow(InstitutionService::notFound));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InstitutionRef> findRef(UUID id) {
        return repository.findByIdOptional(id).map(mapper::toRef);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, InstitutionRef> findRefs(Collection<UUID> ids) {
        return repository.refs(ids);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, OfficialStatusRef> officialStatuses(Collection<UUID> ids) {
        return repository.officialStatuses(ids);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> contactEmails(Collection<UUID> ids) {
        return repository.contactEmails(ids);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InstitutionRef> activeIn(String terytPrefix, Collection<InstitutionType> types) {
        return repository.activeIn(terytPrefix, types);
    }

    @Override
    public Optional<GminaRef> findGmina(UUID id) {
        return repository.findByIdOptional(id).map(institution -> GminaRef.of(institution.gmina));
    }

    @Transactional
    public InstitutionDetails create(InstitutionRequest request) {
        Institution institution = new Institution();
        institution.id = UUID.randomUUID();
        apply(institution, request);
        repository.persist(institution);
        history.record(institution, Action.CREATED, InstitutionHistory.diff(Map.of(), InstitutionHistory.snapshot(institution)));
        em.flush();
        return details(institution);
    }

    @Transactional
    public InstitutionDetails update(UUID id, long expectedVersion, InstitutionRequest request) {
        Institution institution = lockForChange(id, expectedVersion);
        Map<String, Object> before = InstitutionHistory.snapshot(institution);
        apply(institution, request);
        Map<String, FieldChange> changes = InstitutionHistory.diff(before, InstitutionHistory.snapshot(institution));
        if (!changes.isEmpty()) {
            history.record(institution, Action.UPDATED, changes);
        }
        em.flush();
        return details(institution);
    }

    @Transactional
    public InstitutionDetails setActive(UUID id, long expectedVersion, boolean active) {
        Institution institution = lockForChange(id, expectedVersion);
        if (institution.active != active) {
            institution.active = active;
            history.record(institution, active ? Action.REACTIVATED : Action.DEACTIVATED,
                    Map.of("active", new FieldChange(!active, active)));
            em.flush();
        }
        return details(institution);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstitutionChangePage history(UUID id, PageParams page) {
        repository.findByIdOptional(id).orElseThrow(InstitutionService::notFound);
        long total = history.count(id);
        return new InstitutionChangePage(history.page(id, page.page(), page.size()).stream().map(mapper::toResponse).toList(),
                page.page(), page.size(), total, page.totalPages(total));
    }

    @Transactional
    public InstitutionDetails addOffering(UUID institutionId, long expectedVersion, OfferingRequest request) {
        Institution institution = lockForChange(institutionId, expectedVersion);
        Offering offering = new Offering();
        offering.id = UUID.randomUUID();
        offering.institution = institution;
        applyOffering(offering, request);
        offerings.persist(offering);
        history.record(institution, Action.OFFERING_ADDED,
                InstitutionHistory.diff(Map.of(), InstitutionHistory.snapshot(offering)));
        touch(institution);
        return details(institution);
    }

    @Transactional
    public InstitutionDetails updateOffering(UUID institutionId, UUID offeringId, long expectedVersion,
            OfferingRequest request) {
        Institution institution = lockForChange(institutionId, expectedVersion);
        Offering offering = offeringOf(institution, offeringId);
        Map<String, Object> before = InstitutionHistory.snapshot(offering);
        applyOffering(offering, request);
        Map<String, FieldChange> changes = InstitutionHistory.diff(before, InstitutionHistory.snapshot(offering));
        if (!changes.isEmpty()) {
            changes.put("offering.id", new FieldChange(offering.id.toString(), offering.id.toString()));
            history.record(institution, Action.OFFERING_UPDATED, changes);
            touch(institution);
        }
        return details(institution);
    }

    @Transactional
    public InstitutionDetails removeOffering(UUID institutionId, UUID offeringId, long expectedVersion) {
        Institution institution = lockForChange(institutionId, expectedVersion);
        Offering offering = offeringOf(institution, offeringId);
        history.record(institution, Action.OFFERING_REMOVED,
                InstitutionHistory.diff(InstitutionHistory.snapshot(offering), Map.of()));
        offerings.delete(offering);
        touch(institution);
        return details(institution);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferingPage offeringsOfService(String serviceCode, String terytPrefix, PageParams page) {
        ServiceRef service = catalogue.service(serviceCode).map(ServiceEntry::ref)
                .orElseThrow(() -> ProblemException.notFound("No catalogue entry has this code."));
        String prefix = terytPrefix == null ? "" : terytPrefix;
        long total = offerings.countActiveOfService(serviceCode, prefix);
        List<OfferingListing> items = offerings.activeOfService(serviceCode, prefix, page.page(), page.size()).stream()
                .map(o -> mapper.toListing(o, service)).toList();
        return new OfferingPage(items, page.page(), page.size(), total, page.totalPages(total), null);
    }

    /**
     * One page of offering changes after the cursor, optionally of one catalogue entry and area: offerings
     * in every status and removed ones, oldest change first, up to the horizon (ADR 0034). Live
     * offerings and removals are read a page each and merged in (updatedAt, id) order.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferingPage offeringChanges(String serviceCode, String terytPrefix, SyncCursor after, int size) {
        if (serviceCode != null && catalogue.service(serviceCode).isEmpty()) {
            throw ProblemException.notFound("No catalogue entry has this code.");
        }
        String prefix = terytPrefix == null ? "" : terytPrefix;
        Instant until = horizon.now();
        List<Offering> live = offerings.changed(serviceCode, prefix, after, until, size);
        List<OfferingRemoval> removed = offerings.removed(serviceCode, prefix, after, until, size);
        long remaining = offerings.countChanged(serviceCode, prefix, after, until)
                + offerings.countRemoved(serviceCode, prefix, after, until);
        Map<UUID, Institution> owners = new HashMap<>();
        repository.findAllWithTerritory(removed.stream().map(r -> r.institutionId).distinct().toList())
                .forEach(i -> owners.put(i.id, i));
        List<String> codes = new ArrayList<>();
        live.forEach(o -> codes.add(o.serviceCode));
        removed.forEach(r -> codes.add(r.serviceCode));
        Map<String, ServiceEntry> services = catalogue.services(codes);
        List<Change> merged = new ArrayList<>();
        live.forEach(o -> merged.add(new Change(SyncCursor.after(o.updatedAt, o.id),
                mapper.toListing(o, serviceRef(services, o.serviceCode)))));
        removed.forEach(r -> merged.add(new Change(SyncCursor.after(r.removedAt, r.offeringId),
                mapper.toListing(r, serviceRef(services, r.serviceCode), owners.get(r.institutionId)))));
        merged.sort(Comparator.comparing(Change::at, SyncCursor.ORDER));
        List<Change> page = merged.subList(0, Math.min(size, merged.size()));
        SyncCursor next = page.isEmpty() ? after : page.get(page.size() - 1).at();
        return new OfferingPage(page.stream().map(Change::listing).toList(), 0, size, remaining,
                (int) Math.max(1, (remaining + size - 1) / size), next.encode());
    }

    private static ServiceRef serviceRef(Map<String, ServiceEntry> services, String code) {
        ServiceEntry entry = services.get(code);
        return entry == null ? null : entry.ref();
    }

    private record Change(SyncCursor at, OfferingListing listing) {
    }

    /** Everything the entry's page shows, fetched now so it can be mapped after the transaction ends. */
    private InstitutionDetails details(Institution changed) {
        Institution institution = repository.findWithTerritory(changed.id).orElseThrow(InstitutionService::notFound);
        List<Offering> offered = offerings.ofInstitution(institution.id);
        Map<String, ServiceEntry> services = catalogue.services(offered.stream().map(o -> o.serviceCode).toList());
        Map<String, ServiceRef> refs = new LinkedHashMap<>();
        services.forEach((code, entry) -> refs.put(code, entry.ref()));
        return new InstitutionDetails(institution, repository.operatedBy(institution.id), ServiceNameOrder.sort(offered, ServiceNameOrder.ranks(services.values())), refs,
                access.canEdit(institution));
    }


    /** Loads the entry locked for this transaction, checks the caller may change it and that it is the version they saw. */
    private Institution lockForChange(UUID id, long expectedVersion) {
        Institution institution = repository.findForUpdate(id).orElseThrow(InstitutionService::notFound);
        access.requireEdit(institution);
        Preconditions.requireCurrent(expectedVersion, institution.version);
        return institution;
    }

    /** Offerings are part of the entry: changing one gives the entry a new version (and ETag). */
    private void touch(Institution institution) {
        institution.updatedAt = clock.instant();
        em.flush();
    }

    private Offering offeringOf(Institution institution, UUID offeringId) {
        Offering offering = offerings.findByIdOptional(offeringId)
                .filter(o -> o.institution.id.equals(institution.id))
                .orElseThrow(() -> ProblemException.notFound("This institution has no offering with this id."));
        return offering;
    }

    private void applyOffering(Offering offering, OfferingRequest r) {
        String code = r.serviceCode().strip();
        if (catalogue.service(code).isEmpty()) {
            throw ProblemException.unprocessable(List.of(new FieldError("serviceCode", "invalid-reference", "is not a catalogue entry")));
        }
        offering.serviceCode = code;
        offering.places = r.places();
        offering.schedule = blankToNull(r.schedule());
        offering.contact = blankToNull(r.contact());
        offering.status = r.status() == null ? OfferingStatus.ACTIVE : r.status();
    }

    /** Copies a request onto an entry after checking the rules bean validation cannot see; 422 lists every problem. */
    private void apply(Institution i, InstitutionRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Gmina gmina = em.find(Gmina.class, r.gminaTeryt());
        if (gmina == null) {
            errors.add(new FieldError("gminaTeryt", "invalid-reference", "is not a gmina of the TERYT register"));
        }
        Institution operator = null;
        if (r.operatorId() != null) {
            if (r.operatorId().equals(i.id)) {
                errors.add(new FieldError("operatorId", "invalid-reference", "cannot be the institution itself"));
            } else {
                operator = repository.findById(r.operatorId());
                if (operator == null) {
                    errors.add(new FieldError("operatorId", "invalid-reference", "is not an institution of the directory"));
                }
            }
        }
        if (r.cooperativeProfile() != null && r.type() != InstitutionType.SPOLDZIELNIA) {
            errors.add(new FieldError("cooperativeProfile", "invalid-for-type", "is only for a social cooperative (SPOLDZIELNIA)"));
        }
        OfficialStatus status = r.officialStatus();
        if (status != null && status.validFrom() != null && status.validTo() != null
                && status.validFrom().isAfter(status.validTo())) {
            errors.add(new FieldError("officialStatus.validTo", "date-order", "must not be before validFrom"));
        }
        String externalId = blankToNull(r.externalId());
        if (externalId != null) {
            repository.findByExternalId(externalId).filter(other -> !other.id.equals(i.id))
                    .ifPresent(other -> errors.add(new FieldError("externalId", "duplicate", "is already used by another institution")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        copy(i, r, gmina, operator);
    }

    /**
     * Copies a checked request onto an entry: the one place where request fields become entry
     * fields, for the API and the CSV import alike. References must already be resolved.
     */
    void copy(Institution i, InstitutionRequest r, Gmina gmina, Institution operator) {
        OfficialStatus status = r.officialStatus();
        i.type = r.type();
        i.stakeholderRole = r.stakeholderRole() != null ? r.stakeholderRole()
                : catalogue.institutionType(r.type().name()).map(t -> StakeholderRole.valueOf(t.stakeholderRole()))
                        .orElse(StakeholderRole.KEY);
        i.name = r.name().strip();
        i.gmina = gmina;
        i.street = r.address() == null ? null : blankToNull(r.address().street());
        i.postalCode = r.address() == null ? null : blankToNull(r.address().postalCode());
        i.city = r.address() == null ? null : blankToNull(r.address().city());
        i.legalForm = blankToNull(r.legalForm());
        i.legalBasis = blankToNull(r.legalBasis());
        i.statutoryTasks = blankToNull(r.statutoryTasks());
        i.operator = operator;
        i.operatorName = blankToNull(r.operatorName());
        i.phone = blankToNull(r.phone());
        i.email = blankToNull(r.email());
        i.website = blankToNull(r.website());
        i.krs = blankToNull(r.krs());
        i.regon = blankToNull(r.regon());
        i.nip = blankToNull(r.nip());
        i.registerEntry = blankToNull(r.registerEntry());
        i.statusKind = status == null ? null : status.kind();
        i.statusGrantedBy = status == null ? null : blankToNull(status.grantedBy());
        i.statusValidFrom = status == null ? null : status.validFrom();
        i.statusValidTo = status == null ? null : status.validTo();
        i.places = r.places();
        i.cooperativeProfile = r.cooperativeProfile();
        i.cooperationAreas = r.cooperationAreas() == null ? new ArrayList<>()
                : new ArrayList<>(r.cooperationAreas().stream().map(String::strip).toList());
        i.externalId = blankToNull(r.externalId());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No institution has this id.");
    }
}
