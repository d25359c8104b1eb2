package pl.synergia.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import pl.synergia.shared.catalogue.ServiceRef;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.territory.GminaRef;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.SyncCursor;

@ApplicationScoped
public class InstitutionMapper {

    /** Where an official status stands is a question of today's date. */
    @Inject
    Clock clock;

    @Inject
    pl.synergia.shared.territory.GminaDirectory gminas;

    public InstitutionSummary toSummary(Institution i) {
        return new InstitutionSummary(i.id, i.type, i.stakeholderRole, i.name, GminaRef.of(i.gmina), i.city, i.active,
                statusState(i), i.updatedAt);
    }

    public InstitutionResponse toResponse(InstitutionDetails d) {
        return toResponse(d.institution(), d.operates(), d.offerings(), d.services(), d.editable());
    }

    private InstitutionResponse toResponse(Institution i, List<Institution> operates, List<Offering> offerings,
            Map<String, ServiceRef> services, boolean editable) {
        OfficialStatus status = i.statusKind == null ? null
                : new OfficialStatus(i.statusKind, i.statusGrantedBy, i.statusValidFrom, i.statusValidTo);
        return new InstitutionResponse(i.id, i.externalId, i.type, i.stakeholderRole, i.name, GminaRef.of(i.gmina),
                new Address(i.street, i.postalCode, i.city), i.legalForm, i.legalBasis, i.statutoryTasks,
                i.operator == null ? null : toRef(i.operator), i.operatorName, operates.stream().map(this::toRef).toList(),
                new Contacts(i.phone, i.email, i.website), new Identifiers(i.krs, i.regon, i.nip, i.registerEntry),
                status, statusState(i), i.places, i.cooperativeProfile, List.copyOf(i.cooperationAreas),
                offerings.stream().map(o -> toResponse(o, services.get(o.serviceCode))).toList(), i.active, editable, i.createdAt, i.updatedAt,
                i.version);
    }

    public InstitutionRef toRef(Institution i) {
        return new InstitutionRef(i.id, i.name, i.type);
    }

    public OfferingResponse toResponse(Offering o, ServiceRef service) {
        return new OfferingResponse(o.id, service, o.places, o.schedule, o.contact, o.status, o.version);
    }

    public OfferingListing toListing(Offering o, ServiceRef service) {
        return new OfferingListing(o.id, service, toSummary(o.institution), o.places, o.schedule, o.contact, o.status,
                false, o.updatedAt);
    }

    /** A removed offering as a change: what it was, and of whom. */
    public OfferingListing toListing(OfferingRemoval r, ServiceRef service, Institution institution) {
        return new OfferingListing(r.offeringId, service, toSummary(institution), null, null, null, null, true, r.removedAt);
    }

    /** A page of the search table's rows; the gminas from the in-memory register. */
    public InstitutionPage toPage(InstitutionSearch.Result result, PageParams params) {
        LocalDate today = LocalDate.now(clock);
        List<InstitutionSummary> items = result.rows().stream().map(r -> new InstitutionSummary(r.id(), r.type(),
                r.stakeholderRole(), r.name(), gminas.get(r.gminaTeryt()), r.city(), r.active(),
                r.statusKind() == null ? null : OfficialStatusState.of(r.statusValidFrom(), r.statusValidTo(), today),
                r.updatedAt())).toList();
        return new InstitutionPage(items, params.page(), params.size(), result.total(), params.totalPages(result.total()),
                result.capped(), result.fuzzy(), null);
    }

    /** A page of changes: the first {@code size} of {@code remaining} changes after the cursor asked with. */
    public InstitutionPage toChangesPage(List<Institution> items, int size, long remaining, SyncCursor next) {
        return new InstitutionPage(items.stream().map(this::toSummary).toList(), 0, size, remaining,
                (int) Math.max(1, (remaining + size - 1) / size), false, false, next.encode());
    }

    public InstitutionChangeResponse toResponse(InstitutionChange c) {
        return new InstitutionChangeResponse(c.id, c.changedAt, c.changedByName, c.action,
                c.changes.entrySet().stream()
                        .map(e -> new InstitutionChangeResponse.FieldChangeResponse(e.getKey(), e.getValue().oldValue(),
                                e.getValue().newValue()))
                        .toList());
    }

    private OfficialStatusState statusState(Institution i) {
        return i.statusKind == null ? null
                : OfficialStatusState.of(i.statusValidFrom, i.statusValidTo, LocalDate.now(clock));
    }
}
