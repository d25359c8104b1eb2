package pl.synergia.regional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.synergia.regional.RecommendationPolicy.Level;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.ProblemException;

class RecommendationPolicyTest {

    @Test
    void aGminasRecommendationIsForItsOpsAPowiatsForEveryOpsAndPupInIt() {
        assertTrue(RecommendationPolicy.addresses("1408011", "1408011", InstitutionType.OPS));
        assertFalse(RecommendationPolicy.addresses("1408011", "1408011", InstitutionType.PUP), "a gmina's is for its OPS only");
        assertFalse(RecommendationPolicy.addresses("1408011", "1408022", InstitutionType.OPS), "not the neighbouring gmina's OPS");
        assertTrue(RecommendationPolicy.addresses("1408", "1408022", InstitutionType.OPS));
        assertTrue(RecommendationPolicy.addresses("1408", "1408011", InstitutionType.PUP));
        assertFalse(RecommendationPolicy.addresses("1408", "1408011", InstitutionType.CIS));
        assertFalse(RecommendationPolicy.addresses("1408", "1409011", InstitutionType.OPS), "another powiat");
        assertFalse(RecommendationPolicy.addresses("1408", null, null));
        assertEquals(Level.GMINA, Level.of("1408011"));
        assertEquals(Level.POWIAT, Level.of("1408"));
    }

    @Test
    void theTerritoriesAnInstitutionHearsFrom() {
        assertEquals(List.of("1408011", "1408"), RecommendationPolicy.addressableTerritories("1408011", InstitutionType.OPS));
        assertEquals(List.of("1408"), RecommendationPolicy.addressableTerritories("1408011", InstitutionType.PUP));
        assertEquals(List.of(), RecommendationPolicy.addressableTerritories("1408011", InstitutionType.NGO));
        assertEquals(List.of(), RecommendationPolicy.addressableTerritories(null, InstitutionType.OPS));
    }

    @Test
    void issuedThenAcknowledgedThenImplementedOrDeclined() {
        assertEquals(Set.of(RecommendationStatus.ACKNOWLEDGED), RecommendationPolicy.next(RecommendationStatus.ISSUED));
        assertEquals(Set.of(RecommendationStatus.IMPLEMENTED, RecommendationStatus.DECLINED),
                RecommendationPolicy.next(RecommendationStatus.ACKNOWLEDGED));
        assertTrue(RecommendationPolicy.next(RecommendationStatus.IMPLEMENTED).isEmpty());
        assertTrue(RecommendationPolicy.next(RecommendationStatus.DECLINED).isEmpty());

        assertNull(RecommendationPolicy.requireTransition(RecommendationStatus.ISSUED, RecommendationStatus.ACKNOWLEDGED, "  "));
        assertNull(RecommendationPolicy.requireTransition(RecommendationStatus.ACKNOWLEDGED, RecommendationStatus.IMPLEMENTED, null));
        assertEquals("Brak środków w budżecie gminy.", RecommendationPolicy.requireTransition(RecommendationStatus.ACKNOWLEDGED,
                RecommendationStatus.DECLINED, "  Brak środków w budżecie gminy. "));
    }

    @Test
    void illegalMovesAre409AndADeclineWithoutAReason422() {
        assertEquals(409, status(RecommendationStatus.ISSUED, RecommendationStatus.IMPLEMENTED, null));
        assertEquals(409, status(RecommendationStatus.ISSUED, RecommendationStatus.DECLINED, "powód"));
        assertEquals(409, status(RecommendationStatus.ACKNOWLEDGED, RecommendationStatus.ACKNOWLEDGED, null));
        assertEquals(409, status(RecommendationStatus.IMPLEMENTED, RecommendationStatus.DECLINED, "powód"));
        assertEquals(409, status(RecommendationStatus.DECLINED, RecommendationStatus.ISSUED, null));
        assertEquals(422, status(RecommendationStatus.ACKNOWLEDGED, RecommendationStatus.DECLINED, null));
        assertEquals(422, status(RecommendationStatus.ACKNOWLEDGED, RecommendationStatus.DECLINED, " \n "));
        assertEquals(422, status(RecommendationStatus.ISSUED, RecommendationStatus.ACKNOWLEDGED, "a reason is not taken here"));
        ProblemException e = assertThrows(ProblemException.class, () -> RecommendationPolicy.requireTransition(
                RecommendationStatus.ACKNOWLEDGED, RecommendationStatus.DECLINED, ""));
        assertEquals("reason", e.errors().get(0).field());
    }

    private static int status(RecommendationStatus from, RecommendationStatus to, String reason) {
        return assertThrows(ProblemException.class, () -> RecommendationPolicy.requireTransition(from, to, reason)).status();
    }
}
