package pl.synergia.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.synergia.testsupport.OutboxProbe.assertNoPersonalData;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.directory.Institution;
import pl.synergia.shared.events.TimedEvents;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.testsupport.OutboxProbe;
import pl.synergia.testsupport.OutboxProbe.Row;
import pl.synergia.testsupport.TestClock;
import pl.synergia.testsupport.TestData;

/**
 * The time-based events of plans, from the one scheduled job at chosen dates: a referral past its
 * answer-by date, the PUP's next contact, a step ending, the plan ending. Each is written once
 * however often the job runs, and a run finding another one in progress (the advisory lock held)
 * does nothing.
 */
@QuarkusTest
class PlanTimedEventsTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    TimedEvents job;

    @Inject
    OutboxProbe outbox;

    @Inject
    EntityManager em;

    private Institution ops;
    private Institution pup;
    private Institution cis;
    private String lastName;
    private String pesel;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An ACTIVE plan from 40 days ago to 300 days ahead, the PUP on the team, a PUP step ending in 60 days, a referral to the CIS due in 14. */
    private UUID plan() {
        lastName = TestData.unique("Wiśniewska").replace(" ", "");
        pesel = PlanTest.pesel();
        String client = PlanApi.registerClient(ops, "Zofia", lastName, pesel, false);
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja");
        PlanApi.share(ops, client, cis, "SOCIAL_PROTECTION_ART_9_2_B", false, "CIS");
        String plan = PlanApi.createPlan(ops, client, "Plan " + lastName, List.of("Praca"), List.of(pup));
        PlanApi.moveTo(ops, plan, "ACTIVE");
        PlanApi.addStep(ops, plan, pup, "PUP_INTERNSHIP_2025", "Staż " + lastName, "Uwagi o " + lastName);
        PlanApi.refer(ops, plan, cis, "Skierowanie dla " + lastName);
        return UUID.fromString(plan);
    }

    private void today(LocalDate day) {
        clock.set(day);
    }

    private static LocalDate now() {
        return LocalDate.now(PolishTime.ZONE);
    }

    @Test
    void eachDueFactIsAnnouncedOnceOnItsDay() {
        UUID plan = plan();
        UUID referral = UUID.fromString(outbox.single(plan, "pl.synergia.referral.sent").aggregateId().toString());

        // today: the PUP's contact is 10 days late (40 days since the start), nothing else is due yet
        today(now());
        assertTrue(job.run().ran());
        Row contact = outbox.single(plan, "pl.synergia.plan.contact-due");
        assertEquals(Set.of(pup.id), contact.audience());
        assertEquals(pup.id.toString(), contact.data().get("institutionId"));
        assertEquals(now().minusDays(10).toString(), contact.data().get("dueOn"));
        assertEquals("true", contact.data().get("overdue"));
        assertEquals("plan-contact-due:" + plan + ":" + pup.id + ":" + now().minusDays(10), contact.dedupKey());
        assertTrue(outbox.about(plan, "pl.synergia.plan.step-ending").isEmpty(), "the step ends in 60 days");
        assertTrue(outbox.about(referral, "pl.synergia.referral.overdue").isEmpty(), "the answer is due in 14 days");

        // running again the same day writes nothing new
        job.run();
        assertEquals(1, outbox.about(plan, "pl.synergia.plan.contact-due").size());

        // 50 days on: the step ends within 14 days, the referral is 36 days late
        today(now().plusDays(50));
        job.run();
        Row stepEnding = outbox.single(plan, "pl.synergia.plan.step-ending");
        assertEquals(Set.of(pup.id, ops.id), stepEnding.audience());
        assertEquals(now().plusDays(60).toString(), stepEnding.data().get("dueOn"));
        assertEquals("false", stepEnding.data().get("overdue"));
        Row overdue = outbox.single(referral, "pl.synergia.referral.overdue");
        assertEquals(Set.of(cis.id, ops.id), overdue.audience());
        assertEquals(now().plusDays(14).toString(), overdue.data().get("responseDue"));
        assertEquals(1, outbox.about(plan, "pl.synergia.plan.contact-due").size(), "the same contact date is not announced again");
        assertTrue(outbox.about(plan, "pl.synergia.plan.ending").isEmpty());

        // 280 days on: the plan's period ends within 30 days; the whole team learns of it
        today(now().plusDays(280));
        job.run();
        Row ending = outbox.single(plan, "pl.synergia.plan.ending");
        assertEquals(Set.of(ops.id, pup.id), ending.audience());
        assertEquals(now().plusDays(300).toString(), ending.data().get("dueOn"));
        assertEquals(1, outbox.about(plan, "pl.synergia.plan.step-ending").size());
        assertEquals(1, outbox.about(referral, "pl.synergia.referral.overdue").size());

        for (Row event : List.of(contact, stepEnding, overdue, ending)) {
            assertNoPersonalData(event, lastName, "Zofia", pesel, "Staż", "Skierowanie dla");
        }
    }

    @Test
    void aRunFindingAnotherInProgressDoesNothing() throws Exception {
        UUID plan = plan();
        today(now());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> instance = other.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) l")
                        .setParameter(1, 0x53594E54494D4544L).getSingleResult();
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(held.await(30, TimeUnit.SECONDS));
            TimedEvents.Run skipped = job.run();
            assertFalse(skipped.ran());
            assertTrue(outbox.about(plan, "pl.synergia.plan.contact-due").isEmpty());
            release.countDown();
            instance.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            other.shutdownNow();
        }
        assertTrue(job.run().ran());
        assertEquals(1, outbox.about(plan, "pl.synergia.plan.contact-due").size());
    }
}
