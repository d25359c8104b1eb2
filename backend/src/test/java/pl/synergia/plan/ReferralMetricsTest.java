package pl.synergia.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.Prometheus;
import pl.synergia.testsupport.TestData;

/** Referrals sent are a domain counter on /q/metrics (management port). */
@QuarkusTest
class ReferralMetricsTest {

    @Inject
    TestData data;

    @TestHTTPResource(value = "/metrics", management = true) // the management root is /q
    URL metrics;

    @Test
    void aSentReferralIsCounted() {
        Institution ops = data.institution().type(InstitutionType.OPS).create();
        Institution cis = data.institution().type(InstitutionType.CIS).create();
        String client = PlanApi.registerClient(ops, "Ewa", TestData.unique("Kowal"), PlanTest.pesel(), false);
        PlanApi.share(ops, client, cis, "SOCIAL_PROTECTION_ART_9_2_B", false, "Skierowanie do CIS");
        String plan = PlanApi.createPlan(ops, client, "Plan", List.of("Praca"), List.of(cis));
        double before = Prometheus.sample(Prometheus.scrape(metrics), "synergia_referrals_sent_total");
        PlanApi.refer(ops, plan, cis, "Prośba o miejsce w CIS");
        assertEquals(before + 1, Prometheus.sample(Prometheus.scrape(metrics), "synergia_referrals_sent_total"), 0.001);
    }
}
