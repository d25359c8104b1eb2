package pl.synergia.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.synergia.shared.catalogue.InstitutionTypeDescription;
import pl.synergia.shared.institution.InstitutionType;

/** How the words of a search are read: kinds by acronym or name, longest phrase first, the rest as text. */
class SearchTermsTest {

    private static final SearchTerms.Vocabulary WORDS = InstitutionKinds.build(List.of(
            new InstitutionTypeDescription("PUP", "Powiatowy Urząd Pracy", "County labour office", null, null, "KEY"),
            new InstitutionTypeDescription("OPS", "Ośrodek Pomocy Społecznej", "Social welfare centre", null, null, "KEY"),
            new InstitutionTypeDescription("SPOLDZIELNIA", "spółdzielnia socjalna", "Social cooperative", null, null, "KEY"),
            new InstitutionTypeDescription("FAMILY_CLUB", "klub dla rodzin", "Family club", null, null, "SUPPORTING")));

    @Test
    void acronymsAndNamesBecomeKindTermsAndTheRestText() {
        assertEquals(List.of(new SearchTerms.Term(List.of("PUP"), Set.of(InstitutionType.PUP)),
                new SearchTerms.Term(List.of("Legionowo"), Set.of())), SearchTerms.parse("PUP  Legionowo", WORDS));
        assertEquals(List.of(new SearchTerms.Term(List.of("Spółdzielnia", "Socjalna"), Set.of(InstitutionType.SPOLDZIELNIA)),
                new SearchTerms.Term(List.of("Łódź"), Set.of())), SearchTerms.parse("Spółdzielnia Socjalna Łódź", WORDS));
        assertEquals(List.of(new SearchTerms.Term(List.of("spoldzielnia"), Set.of(InstitutionType.SPOLDZIELNIA))),
                SearchTerms.parse("spoldzielnia", WORDS), "the one word alone is the sector's word for the kind");
        assertEquals(List.of(new SearchTerms.Term(List.of("MOPS"), Set.of(InstitutionType.OPS))), SearchTerms.parse("MOPS", WORDS));
        assertEquals(List.of(new SearchTerms.Term(List.of("klub", "dla", "rodzin"), Set.of(InstitutionType.FAMILY_CLUB))),
                SearchTerms.parse("klub dla rodzin", WORDS), "a code with an underscore is no acronym; the name is");
        assertEquals(List.of(), SearchTerms.parse("  ", WORDS));
    }

    @Test
    void prefixQueriesHoldOnlyLettersAndDigits() {
        assertEquals("lodz:*", SearchTerms.prefixQuery("ŁÓDŹ"));
        assertEquals("bielsko:* & biala:*", SearchTerms.prefixQuery("Bielsko-Biała"));
        assertEquals("100:*", SearchTerms.prefixQuery("100%"));
        assertNull(SearchTerms.prefixQuery("%' --"));
    }
}
