package pl.synergia.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestClock;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/** The 90-day warning before an official status ends, at chosen dates of the application's clock. */
@QuarkusTest
class StatusWarningClockTest {

    private static final LocalDate VALID_TO = LocalDate.of(2027, 3, 31);

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStatusIsExpiringSoonFromNinetyDaysBeforeItsLastDayAndExpiredTheDayAfter() {
        Institution cis = data.institution().type(InstitutionType.CIS)
                .officialStatus(OfficialStatusKind.CIS_STATUS, LocalDate.of(2024, 4, 1), VALID_TO).create();
        assertStateOn(LocalDate.of(2024, 3, 31), cis, "NOT_YET_VALID");
        assertStateOn(VALID_TO.minusDays(91), cis, "VALID");
        assertStateOn(VALID_TO.minusDays(90), cis, "EXPIRING_SOON");
        assertStateOn(VALID_TO, cis, "EXPIRING_SOON");
        assertStateOn(VALID_TO.plusDays(1), cis, "EXPIRED");
    }

    private void assertStateOn(LocalDate day, Institution institution, String state) {
        clock.set(day);
        given().auth().oauth2(Tokens.user("admin").roles("admin").sign()).when().get("/api/v1/institutions/" + institution.id)
                .then().statusCode(200).body("officialStatusState", equalTo(state));
    }
}
