package pl.synergia.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.shared.events.TimedEvents;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.OutboxProbe;
import pl.synergia.testsupport.OutboxProbe.Row;
import pl.synergia.testsupport.TestClock;
import pl.synergia.testsupport.TestData;

/**
 * The official status of a CIS, KIS, ZAZ or OWES ending within 90 days, or ended (within the last
 * 30 days), is announced once to the entry and its operator by the job of time-based events; other
 * statuses, far ends and long-past ends are not.
 */
@QuarkusTest
class StatusExpiryEventsTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    TimedEvents job;

    @Inject
    OutboxProbe outbox;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Institution with(InstitutionType type, OfficialStatusKind kind, LocalDate validTo, Institution operator) {
        TestData.InstitutionBuilder b = data.institution().type(type).officialStatus(kind, LocalDate.of(2020, 1, 1), validTo);
        if (operator != null) {
            b.operator(operator);
        }
        return b.create();
    }

    @Test
    void expiringAndExpiredStatusesAreAnnouncedOnce() {
        Institution ngo = data.institution().type(InstitutionType.NGO).create();
        Institution expiring = with(InstitutionType.CIS, OfficialStatusKind.CIS_STATUS, TODAY.plusDays(60), ngo);
        Institution lastDay = with(InstitutionType.OWES, OfficialStatusKind.OWES_ACCREDITATION, TODAY.plusDays(90), null);
        Institution expired = with(InstitutionType.ZAZ, OfficialStatusKind.ZAZ_STATUS, TODAY.minusDays(5), null);
        Institution longAgo = with(InstitutionType.KIS, OfficialStatusKind.KIS_REGISTER, TODAY.minusDays(200), null);
        Institution farOff = with(InstitutionType.KIS, OfficialStatusKind.KIS_REGISTER, TODAY.plusDays(91), null);
        Institution agency = with(InstitutionType.EMPLOYMENT_AGENCY, OfficialStatusKind.KRAZ_ENTRY, TODAY.plusDays(10), null);

        clock.set(TODAY);
        assertTrue(job.run().ran());
        job.run();

        Row soon = outbox.single(expiring.id, "pl.synergia.institution.status-expiring");
        assertEquals(Set.of(expiring.id, ngo.id), soon.audience(), "the entry and the NGO running it");
        assertEquals("CIS_STATUS", soon.data().get("statusKind"));
        assertEquals(TODAY.plusDays(60).toString(), soon.data().get("validTo"));
        assertEquals("status-expiring:" + expiring.id + ":CIS_STATUS:" + TODAY.plusDays(60), soon.dedupKey());
        assertEquals("1408011", soon.areaTeryt());
        outbox.single(lastDay.id, "pl.synergia.institution.status-expiring");
        Row ended = outbox.single(expired.id, "pl.synergia.institution.status-expired");
        assertEquals(Set.of(expired.id), ended.audience());
        assertTrue(outbox.about(longAgo.id).isEmpty(), "ended 200 days ago: no news");
        assertTrue(outbox.about(farOff.id).isEmpty(), "ends in 91 days");
        assertTrue(outbox.about(agency.id).isEmpty(), "a KRAZ entry is not one of the announced statuses");

        // the day after it ends, the expiring CIS status is announced as expired, once
        clock.set(TODAY.plusDays(61));
        job.run();
        job.run();
        outbox.single(expiring.id, "pl.synergia.institution.status-expired");
        outbox.single(expiring.id, "pl.synergia.institution.status-expiring");
    }
}
