package pl.synergia.regional;

import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import pl.synergia.regional.RefreshService.Requester;
import pl.synergia.regional.RegionalRefresh.Scope;
import pl.synergia.regional.RegionalRefresh.Trigger;

/**
 * Queues the scheduled refreshes (crons in synergia.regional.refresh.*, Warsaw time; "off"
 * disables one, as in tests, which start runs themselves): this year every hour, every year at
 * night. With two backend instances both fire; the queue takes one run of each kind, and one
 * instance runs it (docs/adr/0024).
 */
@ApplicationScoped
public class RefreshJob {

    @Inject
    RefreshService refresh;

    @Scheduled(identity = "regional-refresh-current-year", cron = "{synergia.regional.refresh.incremental-schedule}",
            timeZone = "Europe/Warsaw", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void currentYear() {
        refresh.queue(Scope.CURRENT_YEAR, new TreeSet<>(), Trigger.SCHEDULED, Requester.SCHEDULE);
    }

    @Scheduled(identity = "regional-refresh-full", cron = "{synergia.regional.refresh.full-schedule}",
            timeZone = "Europe/Warsaw", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void full() {
        refresh.queue(Scope.FULL, new TreeSet<>(), Trigger.SCHEDULED, Requester.SCHEDULE);
    }

    @Inject
    RegionalConfig config;

    /**
     * Runs queued before a restart are taken up again; a database without any figures (a new one)
     * gets a full refresh at once rather than at night.
     */
    void onStart(@Observes StartupEvent event) {
        if (config.refresh().fullWhenEmpty() && !refresh.anyComputed()) {
            refresh.queue(Scope.FULL, new TreeSet<>(), Trigger.SCHEDULED, Requester.SCHEDULE);
        } else {
            refresh.kick();
        }
    }
}
