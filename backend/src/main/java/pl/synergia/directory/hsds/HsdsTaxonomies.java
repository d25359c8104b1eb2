package pl.synergia.directory.hsds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import pl.synergia.directory.OfficialStatusKind;
import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.catalogue.InstitutionTypeDescription;
import pl.synergia.shared.catalogue.ServiceEntry;

/**
 * The taxonomies Synergia publishes in HSDS, built from reference data read through the
 * catalogue's port: institution types, service kinds with the catalogue entries under them (a kind
 * is level 1, each entry under one legal regime level 2), and official statuses. Names are Polish; descriptions give the Polish text, then "EN:" and the English one.
 */
@ApplicationScoped
public class HsdsTaxonomies {

    /** What a taxonomy term stands for in Synergia. */
    public enum Dimension {
        INSTITUTION_TYPE, SERVICE_KIND, SERVICE, OFFICIAL_STATUS
    }

    /** A term and the Synergia code it stands for. */
    public record TermRef(Dimension dimension, String code, HsdsTaxonomyTerm term) {
    }

    /** Every taxonomy and term, with lookups by id and by Synergia code, and the catalogue entries they were built from. */
    public record Snapshot(List<HsdsTaxonomy> taxonomies, List<HsdsTaxonomyTerm> terms, Map<UUID, TermRef> byId,
            Map<Dimension, Map<String, HsdsTaxonomyTerm>> byCode, Map<String, ServiceEntry> services,
            Map<String, InstitutionTypeDescription> types) {

        public Optional<TermRef> term(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        public HsdsTaxonomyTerm term(Dimension dimension, String code) {
            return byCode.getOrDefault(dimension, Map.of()).get(code);
        }
    }

    static final HsdsTaxonomy INSTITUTION_TYPES = new HsdsTaxonomy(HsdsIds.named("taxonomy/institution-type"),
            "Synergia – typy instytucji",
            "Typy instytucji katalogu Synergia: ośrodki pomocy społecznej, urzędy pracy, centra i kluby integracji "
                    + "społecznej, organizacje pozarządowe i inne podmioty współpracy (dokument źródłowy 002). "
                    + "EN: Institution types of the Synergia directory: social-welfare centres, labour offices, "
                    + "social-integration centres and clubs, NGOs and other partners.",
            null);

    static final HsdsTaxonomy SERVICE_KINDS = new HsdsTaxonomy(HsdsIds.named("taxonomy/service-kind"),
            "Synergia – rodzaje usług i instrumentów",
            "Katalog usług i instrumentów Synergia: poziom 1 to rodzaj usługi, poziom 2 to wpis katalogu w danym "
                    + "reżimie prawnym (np. staż według ustawy z 2004 r. i według ustawy z 2025 r.). "
                    + "EN: Synergia catalogue of services and instruments: level 1 is the kind of service, level 2 "
                    + "a catalogue entry under one legal regime (e.g. internship under the 2004 and the 2025 act).",
            null);

    static final HsdsTaxonomy OFFICIAL_STATUSES = new HsdsTaxonomy(HsdsIds.named("taxonomy/official-status"),
            "Synergia – statusy urzędowe",
            "Statusy nadawane na podstawie przepisów: status CIS, wpis do rejestru KIS, status ZAZ, zatwierdzenie "
                    + "WTZ, akredytacja OWES, wpis do KRAZ. EN: Official statuses granted by law: CIS status, KIS "
                    + "register entry, ZAZ status, WTZ approval, OWES accreditation, KRAZ entry.",
            null);

    private static final Map<OfficialStatusKind, String[]> STATUS_NAMES = Map.of(
            OfficialStatusKind.CIS_STATUS, new String[] { "Status centrum integracji społecznej",
                    "nadaje wojewoda", "Social-integration centre (CIS) status, granted by the wojewoda" },
            OfficialStatusKind.KIS_REGISTER, new String[] { "Wpis do rejestru klubów integracji społecznej",
                    "rejestr prowadzi wojewoda", "Entry in the wojewoda's register of social-integration clubs (KIS)" },
            OfficialStatusKind.ZAZ_STATUS, new String[] { "Status zakładu aktywności zawodowej",
                    "nadaje wojewoda", "Vocational-activity establishment (ZAZ) status, granted by the wojewoda" },
            OfficialStatusKind.WTZ_APPROVAL, new String[] { "Zatwierdzenie warsztatu terapii zajęciowej",
                    "zatwierdzenie WTZ", "Approval of an occupational-therapy workshop (WTZ)" },
            OfficialStatusKind.OWES_ACCREDITATION, new String[] { "Akredytacja ośrodka wsparcia ekonomii społecznej",
                    "według standardów AKSES", "Accreditation of a social-economy support centre (OWES), AKSES standards" },
            OfficialStatusKind.KRAZ_ENTRY, new String[] { "Wpis do rejestru agencji zatrudnienia",
                    "rejestr KRAZ", "Entry in the register of employment agencies (KRAZ)" });

    /**
     * The regime marker that tells entries of one kind apart: " (2004)", " (2025 act)",
     * " – do 14.02.2022", " – until 14 Feb 2022".
     */
    private static final Pattern REGIME_SUFFIX = Pattern.compile("\\s*(\\((19|20)\\d{2}( act)?\\)"
            + "|[–-]\\s+(do|od|until|from)\\s+\\d{1,2}[. ](\\d{2}|[A-Za-z]{3})[. ]\\d{4})\\s*$");

    @Inject
    CatalogueLookup catalogue;

    /** Reads the reference data (two small lists) and builds every taxonomy term. */
    public Snapshot snapshot() {
        List<HsdsTaxonomyTerm> terms = new ArrayList<>();
        Map<UUID, TermRef> byId = new LinkedHashMap<>();
        Map<Dimension, Map<String, HsdsTaxonomyTerm>> byCode = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            byCode.put(d, new LinkedHashMap<>());
        }

        List<InstitutionTypeDescription> types = new ArrayList<>(catalogue.institutionTypes());
        types.sort(Comparator.comparing(InstitutionTypeDescription::code));
        Map<String, InstitutionTypeDescription> typesByCode = new LinkedHashMap<>();
        for (InstitutionTypeDescription t : types) {
            typesByCode.put(t.code(), t);
            add(terms, byId, byCode, Dimension.INSTITUTION_TYPE, t.code(), term(INSTITUTION_TYPES,
                    "taxonomy_term/institution-type/" + t.code(), t.code(), t.namePl(),
                    describe(firstNonBlank(t.descriptionPl(), t.namePl()), t.nameEn(), t.descriptionEn()), null));
        }

        List<ServiceEntry> entries = catalogue.allServices();
        Map<String, ServiceEntry> services = new LinkedHashMap<>();
        entries.forEach(s -> services.put(s.code(), s));
        Map<String, List<ServiceEntry>> byKind = entries.stream()
                .collect(Collectors.groupingBy(ServiceEntry::kind, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<ServiceEntry>> kind : byKind.entrySet()) {
            ServiceEntry representative = representative(kind.getValue());
            HsdsTaxonomyTerm parent = term(SERVICE_KINDS, "taxonomy_term/service-kind/" + kind.getKey(), kind.getKey(),
                    kindName(representative.namePl()),
                    describe("Rodzaj usługi; wpisy katalogu: " + kind.getValue().stream().map(ServiceEntry::namePl)
                            .collect(Collectors.joining("; ")) + ".", kindName(representative.nameEn()), null),
                    null);
            add(terms, byId, byCode, Dimension.SERVICE_KIND, kind.getKey(), parent);
            for (ServiceEntry s : kind.getValue()) {
                add(terms, byId, byCode, Dimension.SERVICE, s.code(), term(SERVICE_KINDS, "taxonomy_term/service/" + s.code(),
                        s.code(), s.namePl(), describe(serviceDescription(s), s.nameEn(), s.descriptionEn()), parent.id()));
            }
        }

        for (OfficialStatusKind kind : OfficialStatusKind.values()) {
            String[] names = STATUS_NAMES.get(kind);
            add(terms, byId, byCode, Dimension.OFFICIAL_STATUS, kind.name(), term(OFFICIAL_STATUSES,
                    "taxonomy_term/official-status/" + kind.name(), kind.name(), names[0],
                    describe(names[0] + " (" + names[1] + ").", names[2], null), null));
        }
        return new Snapshot(List.of(INSTITUTION_TYPES, SERVICE_KINDS, OFFICIAL_STATUSES), List.copyOf(terms),
                byId, byCode, services, typesByCode);
    }

    private static void add(List<HsdsTaxonomyTerm> terms, Map<UUID, TermRef> byId,
            Map<Dimension, Map<String, HsdsTaxonomyTerm>> byCode, Dimension dimension, String code, HsdsTaxonomyTerm term) {
        terms.add(term);
        byId.put(term.id(), new TermRef(dimension, code, term));
        byCode.get(dimension).put(code, term);
    }

    private static HsdsTaxonomyTerm term(HsdsTaxonomy taxonomy, String idName, String code, String name,
            String description, UUID parentId) {
        return new HsdsTaxonomyTerm(HsdsIds.named(idName), code, name, description, parentId, taxonomy.name(), taxonomy,
                "pl", taxonomy.id());
    }

    /** The entry whose rules apply today or most recently: it names the kind. */
    private static ServiceEntry representative(List<ServiceEntry> entries) {
        return entries.stream()
                .max(Comparator.comparing((ServiceEntry s) -> !s.historical())
                        .thenComparing(ServiceEntry::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(ServiceEntry::code))
                .orElseThrow();
    }

    static String kindName(String entryName) {
        if (entryName == null) {
            return null;
        }
        String stripped = REGIME_SUFFIX.matcher(entryName).replaceFirst("");
        return stripped.isBlank() ? entryName : stripped;
    }

    private static String serviceDescription(ServiceEntry s) {
        StringBuilder text = new StringBuilder(firstNonBlank(s.descriptionPl(), s.namePl()));
        if (s.validFrom() != null || s.validTo() != null) {
            text.append(" Zasady obowiązują ").append(s.validFrom() == null ? "" : "od " + s.validFrom())
                    .append(s.validFrom() != null && s.validTo() != null ? " " : "")
                    .append(s.validTo() == null ? "" : "do " + s.validTo()).append('.');
        }
        if (s.historical()) {
            text.append(" Wpis historyczny.");
        }
        return text.toString();
    }

    private static String describe(String polish, String englishName, String englishDescription) {
        StringBuilder text = new StringBuilder(polish.strip());
        if (englishName != null && !englishName.isBlank()) {
            text.append("\n\nEN: ").append(englishName.strip());
            if (englishDescription != null && !englishDescription.isBlank()) {
                text.append(". ").append(englishDescription.strip());
            }
        }
        return text.toString();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
