package pl.synergia.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.synergia.shared.problem.FieldError;

/** The caseload query's parsing and capped count, without a database. */
class CaseloadQueryTest {

    @Test
    void splitsTheNameIntoLowerCaseWordsAndKeepsAtMostFive() {
        List<FieldError> errors = new ArrayList<>();
        CaseloadQuery q = CaseloadQuery.parse("  Żółkiewska,  MAŁGORZATA a b c d e ", null, null, null, errors);
        assertTrue(errors.isEmpty());
        assertEquals(List.of("żółkiewska", "małgorzata", "a", "b", "c"), q.words());
        assertEquals(CaseloadQuery.Sort.NAME, q.sort());
        assertNull(q.pesel());
        assertTrue(q.planStatus().isEmpty());
    }

    @Test
    void readsStatusesAndOrders() {
        List<FieldError> errors = new ArrayList<>();
        CaseloadQuery q = CaseloadQuery.parse(null, " 85010112345 ", List.of("ACTIVE", "NONE", ""), "-nextDue", errors);
        assertTrue(errors.isEmpty());
        assertEquals("85010112345", q.pesel());
        assertEquals(Set.of(CaseloadPlanFilter.ACTIVE, CaseloadPlanFilter.NONE), q.planStatus());
        assertEquals(CaseloadQuery.Sort.NEXT_DUE_DESC, q.sort());
    }

    @Test
    void namesEveryWrongValue() {
        List<FieldError> errors = new ArrayList<>();
        CaseloadQuery.parse("x".repeat(101), "8501011234", List.of("OPEN"), "pesel", errors);
        assertEquals(List.of("q", "pesel", "planStatus", "sort"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void takesLikeMetacharactersLiterally() {
        assertEquals("50\\% \\_a\\\\", CaseloadQuery.likeLiteral("50% _a\\"));
    }

    @Test
    void countsExactlyToTheCapThenSaysMore() {
        assertEquals(999, CaseloadQuery.total(999));
        assertFalse(CaseloadQuery.capped(1000));
        assertEquals(1000, CaseloadQuery.total(1000));
        assertEquals(1000, CaseloadQuery.total(1001));
        assertTrue(CaseloadQuery.capped(1001));
    }
}
