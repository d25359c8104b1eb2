package pl.synergia.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import pl.synergia.shared.jobs.JobClaims;
import pl.synergia.shared.time.PolishTime;

/**
 * Runs the retention every night (cron in {@code synergia.retention.schedule}, Warsaw time; "off"
 * disables it, as in tests, which start runs themselves). A run still going when the next is due
 * is not overlapped; with several instances the run of a given night is claimed by one of them
 * (shared.jobs.JobClaims) and the others skip it.
 */
@ApplicationScoped
public class RetentionJob {

    static final String JOB = "retention-anonymisation";

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    AnonymisationService service;

    @Inject
    JobClaims claims;

    @Scheduled(identity = JOB, cron = "{synergia.retention.schedule}", timeZone = PolishTime.ZONE_ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly(ScheduledExecution execution) {
        if (!claims.claim(JOB, execution.getScheduledFireTime())) {
            LOG.infof("Retention run scheduled for %s is run by another instance", execution.getScheduledFireTime());
            return;
        }
        run();
    }

    AnonymisationRunResponse run() {
        return service.run(false, AnonymisationRun.Trigger.SCHEDULED, AnonymisationService.SCHEDULED_ACTOR);
    }
}
