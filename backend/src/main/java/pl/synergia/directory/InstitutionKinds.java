package pl.synergia.directory;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.catalogue.InstitutionTypeDescription;
import pl.synergia.shared.institution.InstitutionType;

/**
 * The words that name a kind of institution in a search: each type's code when it is an acronym
 * ("CIS", "PUP", "OWES") and its Polish name from the catalogue (through {@link CatalogueLookup}:
 * "Centrum Integracji Społecznej", "spółdzielnia socjalna"), plus the sector's own acronyms that
 * are not type codes (data of the directory): a gmina's social-welfare centre is a MOPS, GOPS,
 * MGOPS or MOPR, a county one a PCPR. Built once; the catalogue's types do not change at run time.
 */
@ApplicationScoped
public class InstitutionKinds {

    /** Acronyms in daily use that are not a type code. */
    static final Map<String, InstitutionType> SECTOR_ACRONYMS = Map.of(
            "mops", InstitutionType.OPS,
            "gops", InstitutionType.OPS,
            "mgops", InstitutionType.OPS,
            "mopr", InstitutionType.OPS,
            "spoldzielnia", InstitutionType.SPOLDZIELNIA,
            "ngo", InstitutionType.NGO);

    @Inject
    CatalogueLookup catalogue;

    private volatile SearchTerms.Vocabulary vocabulary;

    public SearchTerms.Vocabulary vocabulary() {
        SearchTerms.Vocabulary v = vocabulary;
        if (v == null) {
            v = build(catalogue.institutionTypes());
            vocabulary = v;
        }
        return v;
    }

    /** The vocabulary of these catalogue types and the sector's acronyms. */
    static SearchTerms.Vocabulary build(List<InstitutionTypeDescription> types) {
        Map<List<String>, Set<InstitutionType>> phrases = new HashMap<>();
        for (InstitutionTypeDescription t : types) {
            InstitutionType type;
            try {
                type = InstitutionType.valueOf(t.code());
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            if (t.code().matches("[A-Z]+")) {
                add(phrases, List.of(SearchTerms.fold(t.code())), type);
            }
            if (t.namePl() != null && !t.namePl().isBlank()) {
                add(phrases, List.of(SearchTerms.fold(t.namePl().strip()).split("\\s+")), type);
            }
        }
        SECTOR_ACRONYMS.forEach((word, type) -> add(phrases, List.of(word), type));
        return new SearchTerms.Vocabulary(phrases);
    }

    private static void add(Map<List<String>, Set<InstitutionType>> phrases, List<String> phrase, InstitutionType type) {
        phrases.computeIfAbsent(phrase, k -> EnumSet.noneOf(InstitutionType.class)).add(type);
    }
}
