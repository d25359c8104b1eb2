package pl.synergia.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import pl.synergia.shared.csv.CsvCells;

/**
 * The CSV shape of the directory: one file format for export and import, so that an exported
 * file can be edited and imported back. RFC 4180, UTF-8, header row with these column names
 * (order free on import), lists inside a cell separated by {@value #LIST_SEPARATOR}.
 * See docs/directory-csv.md.
 */
public final class InstitutionCsv {

    /** A column of the file; {@code importable} false means the import reads past it (e.g. the Synergia id). */
    public enum Column {
        ID("id", false),
        EXTERNAL_ID("external_id", true),
        TYPE("type", true),
        NAME("name", true),
        STAKEHOLDER_ROLE("stakeholder_role", true),
        GMINA_TERYT("gmina_teryt", true),
        STREET("street", true),
        POSTAL_CODE("postal_code", true),
        CITY("city", true),
        LEGAL_FORM("legal_form", true),
        LEGAL_BASIS("legal_basis", true),
        STATUTORY_TASKS("statutory_tasks", true),
        OPERATOR_EXTERNAL_ID("operator_external_id", true),
        OPERATOR_NAME("operator_name", true),
        PHONE("phone", true),
        EMAIL("email", true),
        WEBSITE("website", true),
        KRS("krs", true),
        REGON("regon", true),
        NIP("nip", true),
        REGISTER_ENTRY("register_entry", true),
        STATUS_KIND("status_kind", true),
        STATUS_GRANTED_BY("status_granted_by", true),
        STATUS_VALID_FROM("status_valid_from", true),
        STATUS_VALID_TO("status_valid_to", true),
        PLACES("places", true),
        COOPERATIVE_PROFILE("cooperative_profile", true),
        COOPERATION_AREAS("cooperation_areas", true),
        ACTIVE("active", true);

        public final String header;
        public final boolean importable;

        Column(String header, boolean importable) {
            this.header = header;
            this.importable = importable;
        }

        public static Column byHeader(String header) {
            for (Column c : values()) {
                if (c.header.equals(header)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** Columns an import file must have. */
    public static final List<Column> REQUIRED = List.of(Column.EXTERNAL_ID, Column.TYPE, Column.NAME, Column.GMINA_TERYT);

    public static final String LIST_SEPARATOR = "|";

    /** Request field (bean-validation property path) → column, to report a violation where the user can find it. */
    static final Map<String, Column> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("type", Column.TYPE), Map.entry("name", Column.NAME),
            Map.entry("stakeholderRole", Column.STAKEHOLDER_ROLE), Map.entry("gminaTeryt", Column.GMINA_TERYT),
            Map.entry("address.street", Column.STREET), Map.entry("address.postalCode", Column.POSTAL_CODE),
            Map.entry("address.city", Column.CITY), Map.entry("legalForm", Column.LEGAL_FORM),
            Map.entry("legalBasis", Column.LEGAL_BASIS), Map.entry("statutoryTasks", Column.STATUTORY_TASKS),
            Map.entry("operatorName", Column.OPERATOR_NAME), Map.entry("phone", Column.PHONE),
            Map.entry("email", Column.EMAIL), Map.entry("website", Column.WEBSITE), Map.entry("krs", Column.KRS),
            Map.entry("regon", Column.REGON), Map.entry("nip", Column.NIP),
            Map.entry("registerEntry", Column.REGISTER_ENTRY), Map.entry("officialStatus.kind", Column.STATUS_KIND),
            Map.entry("officialStatus.grantedBy", Column.STATUS_GRANTED_BY),
            Map.entry("officialStatus.validFrom", Column.STATUS_VALID_FROM),
            Map.entry("officialStatus.validTo", Column.STATUS_VALID_TO), Map.entry("places", Column.PLACES),
            Map.entry("cooperativeProfile", Column.COOPERATIVE_PROFILE),
            Map.entry("cooperationAreas", Column.COOPERATION_AREAS), Map.entry("externalId", Column.EXTERNAL_ID));

    private InstitutionCsv() {
    }

    /**
     * The prefix of the key the export writes for an entry without an external identifier
     * ({@code synergia:<id>}); the import accepts it as the key of that existing entry, and keeps the
     * entry without an external identifier, so the export imports back unchanged.
     */
    public static final String SYNERGIA_KEY_PREFIX = "synergia:";

    /** The key of an entry in a file: its external identifier, or {@code synergia:<id>} when it has none. */
    static String importKey(Institution i) {
        return i.externalId != null ? i.externalId : SYNERGIA_KEY_PREFIX + i.id;
    }

    /** Whether a file's key names an entry by its Synergia id. */
    static boolean isSynergiaKey(String key) {
        return key != null && key.startsWith(SYNERGIA_KEY_PREFIX);
    }

    /** The example row of the import template, in {@link Column} order: a CIS that imports as it stands. */
    public static List<String> exampleRow() {
        List<String> cells = new ArrayList<>();
        for (Column c : Column.values()) {
            cells.add(switch (c) {
                case ID -> "";
                case EXTERNAL_ID -> "MOJ-SYSTEM-0001";
                case TYPE -> "CIS";
                case NAME -> "Centrum Integracji Społecznej „Przykład” w Legionowie";
                case STAKEHOLDER_ROLE -> "KEY";
                case GMINA_TERYT -> "1408011";
                case STREET -> "ul. Przykładowa 1";
                case POSTAL_CODE -> "05-120";
                case CITY -> "Legionowo";
                case LEGAL_FORM -> "jednostka budżetowa gminy";
                case LEGAL_BASIS -> "ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym";
                case STATUTORY_TASKS -> "Reintegracja społeczna i zawodowa uczestników";
                case OPERATOR_EXTERNAL_ID -> "";
                case OPERATOR_NAME -> "Gmina Miejska Legionowo";
                case PHONE -> "22 774 20 00";
                case EMAIL -> "cis@example.org";
                case WEBSITE -> "https://cis.example.org";
                case KRS, REGON, REGISTER_ENTRY, COOPERATIVE_PROFILE -> "";
                case NIP -> "5260250274";
                case STATUS_KIND -> "CIS_STATUS";
                case STATUS_GRANTED_BY -> "Wojewoda Mazowiecki";
                case STATUS_VALID_FROM -> "2025-01-01";
                case STATUS_VALID_TO -> "2030-12-31";
                case PLACES -> "40";
                case COOPERATION_AREAS -> "reintegracja zawodowa|reintegracja społeczna";
                case ACTIVE -> "true";
            });
        }
        return cells;
    }

    public static List<String> headers() {
        return Arrays.stream(Column.values()).map(c -> c.header).toList();
    }

    /** One row of the export, in {@link Column} order. */
    public static List<String> row(Institution i) {
        List<String> cells = new ArrayList<>();
        for (Column c : Column.values()) {
            cells.add(CsvCells.protect(value(i, c)));
        }
        return cells;
    }

    private static String value(Institution i, Column c) {
        return switch (c) {
            case ID -> i.id.toString();
            case EXTERNAL_ID -> importKey(i);
            case TYPE -> i.type.name();
            case NAME -> i.name;
            case STAKEHOLDER_ROLE -> i.stakeholderRole.name();
            case GMINA_TERYT -> i.gmina.teryt;
            case STREET -> i.street;
            case POSTAL_CODE -> i.postalCode;
            case CITY -> i.city;
            case LEGAL_FORM -> i.legalForm;
            case LEGAL_BASIS -> i.legalBasis;
            case STATUTORY_TASKS -> i.statutoryTasks;
            case OPERATOR_EXTERNAL_ID -> i.operator == null ? null : importKey(i.operator);
            // the operator of the directory is named by its key above; this is the free-text name only
            case OPERATOR_NAME -> i.operatorName;
            case PHONE -> i.phone;
            case EMAIL -> i.email;
            case WEBSITE -> i.website;
            case KRS -> i.krs;
            case REGON -> i.regon;
            case NIP -> i.nip;
            case REGISTER_ENTRY -> i.registerEntry;
            case STATUS_KIND -> i.statusKind == null ? null : i.statusKind.name();
            case STATUS_GRANTED_BY -> i.statusGrantedBy;
            case STATUS_VALID_FROM -> i.statusValidFrom == null ? null : i.statusValidFrom.toString();
            case STATUS_VALID_TO -> i.statusValidTo == null ? null : i.statusValidTo.toString();
            case PLACES -> i.places == null ? null : i.places.toString();
            case COOPERATIVE_PROFILE -> i.cooperativeProfile == null ? null : i.cooperativeProfile.name();
            case COOPERATION_AREAS -> i.cooperationAreas.stream().collect(Collectors.joining(LIST_SEPARATOR));
            case ACTIVE -> Boolean.toString(i.active);
        };
    }
}
