package pl.synergia.shared.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import pl.synergia.shared.problem.FieldError;

class BodyRulesTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUN = LocalDate.of(2026, 6, 30);

    @Test
    void tenuresServeFromTheFirstToTheLastDay() {
        Tenure t = new Tenure(JAN, JUN);
        assertTrue(t.activeOn(JAN));
        assertTrue(t.activeOn(JUN));
        assertEquals(false, t.activeOn(JUN.plusDays(1)));
        assertTrue(new Tenure(JAN, null).activeOn(LocalDate.of(2100, 1, 1)));
        assertEquals(List.of("date-order"), codes(BodyRules.tenureErrors(new Tenure(JUN, JAN))));
        assertEquals(List.of(), BodyRules.tenureErrors(new Tenure(JAN, JAN)));
    }

    @Test
    void oneChairAtATime() {
        List<Tenure> chairs = List.of(new Tenure(JAN, JUN));
        assertEquals(List.of("duplicate"), codes(BodyRules.singleHolderErrors(new Tenure(JUN, null), chairs, "chair")));
        assertEquals(List.of(), BodyRules.singleHolderErrors(new Tenure(JUN.plusDays(1), null), chairs, "chair"));
        assertEquals(List.of("duplicate"), codes(BodyRules.singleHolderErrors(new Tenure(JAN.minusYears(1), null), chairs, "chair")));
    }

    @Test
    void onlyMembersServingThatDayAttendEachOnce() {
        UUID anna = UUID.randomUUID();
        UUID jan = UUID.randomUUID();
        Map<UUID, Tenure> members = Map.of(anna, new Tenure(JAN, null), jan, new Tenure(JAN, JUN));
        assertEquals(List.of(), BodyRules.attendanceErrors(members, JUN, List.of(anna, jan)));
        assertEquals(List.of(), BodyRules.attendanceErrors(members, JUN, null));
        List<FieldError> errors = BodyRules.attendanceErrors(members, JUN.plusDays(1), List.of(anna, jan, UUID.randomUUID(), anna));
        assertEquals(List.of("attendance[1]", "attendance[2]", "attendance"), errors.stream().map(FieldError::field).toList());
        assertEquals(List.of("not-a-member-then", "invalid-reference", "duplicate"), codes(errors));
    }

    private static List<String> codes(List<FieldError> errors) {
        return errors.stream().map(FieldError::code).toList();
    }
}
