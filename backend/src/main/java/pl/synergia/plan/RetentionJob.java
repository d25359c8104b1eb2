package pl.synergia.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import pl.synergia.shared.time.PolishTime;

/**
 * Runs the retention every night (cron in {@code synergia.retention.schedule}, Warsaw time; "off"
 * disables it, as in tests, which start runs themselves). A run still going when the next is due
 * is not overlapped.
 */
@ApplicationScoped
public class RetentionJob {

    @Inject
    AnonymisationService service;

    @Scheduled(identity = "retention-anonymisation", cron = "{synergia.retention.schedule}", timeZone = PolishTime.ZONE_ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run();
    }

    AnonymisationRunResponse run() {
        return service.run(false, AnonymisationRun.Trigger.SCHEDULED, AnonymisationService.SCHEDULED_ACTOR);
    }
}
