package pl.synergia.directory.hsds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import pl.synergia.directory.Institution;
import pl.synergia.directory.Offering;
import pl.synergia.directory.OfferingStatus;
import pl.synergia.directory.hsds.HsdsTaxonomies.Dimension;
import pl.synergia.directory.hsds.HsdsTaxonomies.Snapshot;
import pl.synergia.shared.catalogue.InstitutionTypeDescription;
import pl.synergia.shared.catalogue.ServiceEntry;
import pl.synergia.shared.territory.Gmina;
import pl.synergia.shared.territory.Powiat;

/**
 * Synergia directory entries to HSDS 3.1 objects. Optional values Synergia does not have are
 * left out (the HSDS schemas type them as strings, which null is not); collections are always
 * present, empty when there is nothing. Ids of derived objects come from {@link HsdsIds}.
 */
@ApplicationScoped
public class HsdsMapper {

    static final HsdsUnit PLACE = new HsdsUnit(HsdsIds.named("unit/place"), "miejsce", "place");

    /** Reference data a mapping needs: the taxonomies, with the catalogue entries and institution-type descriptions behind them. */
    public record Context(Snapshot taxonomies) {

        Map<String, InstitutionTypeDescription> types() {
            return taxonomies.types();
        }

        ServiceEntry service(String code) {
            return taxonomies.services().get(code);
        }
    }

    public HsdsOrganizationListItem toListItem(Institution i, Context ctx) {
        return new HsdsOrganizationListItem(i.id, i.name, description(i, ctx), blankToNull(i.email), website(i.website),
                blankToNull(i.legalForm), parentId(i));
    }

    public HsdsOrganization toOrganization(Institution i, List<Offering> offerings, Context ctx) {
        HsdsLocation location = location(i);
        List<HsdsPhone> phones = i.phone == null || i.phone.isBlank() ? List.of()
                : List.of(new HsdsPhone(HsdsIds.derived(i.id, "phone"), i.id, null, i.phone.strip(), "voice"));
        List<HsdsService> services = offerings.stream().map(o -> toService(o, i, location, null, ctx)).toList();
        return new HsdsOrganization(i.id, i.name, description(i, ctx), blankToNull(i.email), website(i.website),
                blankToNull(i.legalForm), parentId(i), phones, List.of(), List.of(location), identifiers(i),
                organizationAttributes(i, ctx), services);
    }

    public HsdsServiceListItem toListItem(Offering o, Context ctx) {
        Institution i = o.institution;
        ServiceEntry service = ctx.service(o.serviceCode);
        return new HsdsServiceListItem(o.id, i.id, service.namePl(), blankToNull(service.nameEn()),
                blankToNull(service.descriptionPl()), blankToNull(i.email), status(o.status), o.updatedAt,
                toListItem(i, ctx));
    }

    public HsdsService toService(Offering o, Context ctx) {
        Institution i = o.institution;
        return toService(o, i, location(i), toListItem(i, ctx), ctx);
    }

    private HsdsService toService(Offering o, Institution i, HsdsLocation location, HsdsOrganizationListItem organization,
            Context ctx) {
        List<HsdsPhone> phones = i.phone == null || i.phone.isBlank() ? List.of()
                : List.of(new HsdsPhone(HsdsIds.derived(o.id, "phone"), null, o.id, i.phone.strip(), "voice"));
        List<HsdsContact> contacts = o.contact == null || o.contact.isBlank() ? List.of()
                : List.of(new HsdsContact(HsdsIds.derived(o.id, "contact"), null, o.id, o.contact.strip(), null));
        List<HsdsSchedule> schedules = o.schedule == null || o.schedule.isBlank() ? List.of()
                : List.of(new HsdsSchedule(HsdsIds.derived(o.id, "schedule"), o.id, o.schedule.strip()));
        List<HsdsServiceAtLocation> atLocations = List.of(new HsdsServiceAtLocation(
                HsdsIds.derived(o.id, "service_at_location"), o.id, location.id(), location));
        List<HsdsServiceCapacity> capacities = o.places == null ? List.of()
                : List.of(new HsdsServiceCapacity(HsdsIds.derived(o.id, "capacity"), o.id, PLACE, PLACE.id(), o.places,
                        o.places, "Liczba miejsc podana w katalogu Synergia (nie liczba wolnych miejsc). "
                                + "EN: Places as recorded in the Synergia directory (not the number of free places).",
                        o.updatedAt));
        List<HsdsAttribute> attributes = new ArrayList<>();
        HsdsTaxonomyTerm term = ctx.taxonomies().term(Dimension.SERVICE, o.serviceCode);
        if (term != null) {
            attributes.add(new HsdsAttribute(HsdsIds.derived(o.id, "attribute/service"), o.id, "service_kind", "service",
                    term.id(), term, null, null));
        }
        ServiceEntry service = ctx.service(o.serviceCode);
        return new HsdsService(o.id, i.id, service.namePl(), blankToNull(service.nameEn()),
                blankToNull(service.descriptionPl()), blankToNull(i.email), status(o.status), o.updatedAt, organization,
                phones, contacts, schedules, atLocations, capacities, List.copyOf(attributes));
    }

    /** The institution's seat: always a physical location in its gmina; an address only when it is complete. */
    HsdsLocation location(Institution i) {
        UUID locationId = HsdsIds.derived(i.id, "location");
        List<HsdsAddress> addresses = List.of();
        if (notBlank(i.street) && notBlank(i.postalCode) && notBlank(i.city)) {
            Gmina gmina = i.gmina;
            Powiat powiat = gmina.powiat;
            addresses = List.of(new HsdsAddress(HsdsIds.derived(i.id, "address"), locationId, i.street.strip(),
                    i.city.strip(), "powiat".equals(powiat.type) ? "powiat " + powiat.name : powiat.name,
                    powiat.voivodeship.name, i.postalCode.strip(), "PL", "physical"));
        }
        return new HsdsLocation(locationId, "physical", i.id, i.name, i.gmina.teryt, "TERYT", addresses);
    }

    private List<HsdsOrganizationIdentifier> identifiers(Institution i) {
        List<HsdsOrganizationIdentifier> ids = new ArrayList<>();
        addIdentifier(ids, i, "KRS", "KRS (Krajowy Rejestr Sądowy)", i.krs);
        addIdentifier(ids, i, "REGON", "REGON", i.regon);
        addIdentifier(ids, i, "NIP", "NIP", i.nip);
        addIdentifier(ids, i, "REGISTER_ENTRY", "Wpis do rejestru (innego niż KRS)", i.registerEntry);
        return List.copyOf(ids);
    }

    private static void addIdentifier(List<HsdsOrganizationIdentifier> ids, Institution i, String key, String type,
            String value) {
        if (notBlank(value)) {
            ids.add(new HsdsOrganizationIdentifier(HsdsIds.derived(i.id, "identifier/" + key), i.id, null, type,
                    value.strip()));
        }
    }

    private List<HsdsAttribute> organizationAttributes(Institution i, Context ctx) {
        List<HsdsAttribute> attributes = new ArrayList<>();
        HsdsTaxonomyTerm type = ctx.taxonomies().term(Dimension.INSTITUTION_TYPE, i.type.name());
        if (type != null) {
            attributes.add(new HsdsAttribute(HsdsIds.derived(i.id, "attribute/institution-type"), i.id, "institution_type",
                    "organization", type.id(), type, null, null));
        }
        if (i.statusKind != null) {
            HsdsTaxonomyTerm status = ctx.taxonomies().term(Dimension.OFFICIAL_STATUS, i.statusKind.name());
            String validity = (i.statusValidFrom == null ? ".." : i.statusValidFrom.toString()) + "/"
                    + (i.statusValidTo == null ? ".." : i.statusValidTo.toString());
            attributes.add(new HsdsAttribute(HsdsIds.derived(i.id, "attribute/official-status"), i.id, "official_status",
                    "organization", status.id(), status, validity,
                    notBlank(i.statusGrantedBy) ? "Nadany przez: " + i.statusGrantedBy.strip() : null));
        }
        return List.copyOf(attributes);
    }

    /** HSDS requires a description: the statutory tasks, or else what the institution type is. */
    private static String description(Institution i, Context ctx) {
        if (notBlank(i.statutoryTasks)) {
            return i.statutoryTasks.strip();
        }
        InstitutionTypeDescription type = ctx.types().get(i.type.name());
        if (type != null && notBlank(type.descriptionPl())) {
            return type.descriptionPl().strip();
        }
        return type != null ? type.namePl() : i.type.name();
    }

    /** The operator only when it is itself published (an active directory entry), so the reference resolves. */
    private static UUID parentId(Institution i) {
        return i.operator != null && i.operator.active ? i.operator.id : null;
    }

    static String status(OfferingStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case SUSPENDED -> "temporarily closed";
            case ENDED -> "inactive";
        };
    }

    /** HSDS types website as an absolute URI; anything else is left out rather than published broken. */
    static String website(String raw) {
        if (!notBlank(raw)) {
            return null;
        }
        try {
            URI uri = new URI(raw.strip());
            return uri.isAbsolute() && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return notBlank(s) ? s.strip() : null;
    }
}
