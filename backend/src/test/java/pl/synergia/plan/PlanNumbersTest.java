package pl.synergia.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import pl.synergia.shared.institution.InstitutionType;

class PlanNumbersTest {

    @Test
    void aNumberIsTheTypeTheYearAndAFourDigitCounter() {
        assertEquals("OPS-2026/0042", PlanNumbers.format(InstitutionType.OPS, 2026, 42));
        assertEquals("PUP-2027/0001", PlanNumbers.format(InstitutionType.PUP, 2027, 1));
        assertEquals("CIS-2026/12345", PlanNumbers.format(InstitutionType.CIS, 2026, 12345));
    }

    @Test
    void typesWithoutAnAcronymGetAShortOne() {
        assertEquals("SPS-2026/0001", PlanNumbers.format(InstitutionType.SPOLDZIELNIA, 2026, 1));
        assertEquals("AZ", PlanNumbers.prefix(InstitutionType.EMPLOYMENT_AGENCY));
        assertEquals("KDR", PlanNumbers.prefix(InstitutionType.FAMILY_CLUB));
    }

    @Test
    void aFileNameHoldsNoSlash() {
        assertEquals("OPS-2026-0042", PlanNumbers.forFileName("OPS-2026/0042"));
    }
}
