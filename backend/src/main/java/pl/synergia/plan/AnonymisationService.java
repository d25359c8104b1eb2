package pl.synergia.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.audit.AuditLog.Actor;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.shared.web.PageParams;

/**
 * Retention: once every plan of a person has been finished for longer than
 * {@code synergia.retention.after-plan-closure}, their identity is removed and the statistics stay
 * (docs/adr/0010). Each client is anonymised in a transaction of its own with its audit row, so a
 * failure leaves the others done and the run can simply be repeated; the run itself is recorded.
 */
@ApplicationScoped
public class AnonymisationService {

    static final String PURPOSE = "RETENTION_EXPIRED";
    static final Actor SCHEDULED_ACTOR = Actor.system("retention", "Zadanie retencji danych");

    private static final Logger LOG = Logger.getLogger(AnonymisationService.class);

    @Inject
    RetentionConfig config;

    @Inject
    AnonymisationRepository repository;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    /** Says at start which retention is in force (a wrong setting has already stopped the start). */
    void logAtStartup(@Observes StartupEvent event) {
        LOG.infof("Retention: clients are anonymised %s after their last plan was finished", config.afterPlanClosure());
    }

    /** The moment before which a plan must have been finished for its client to be past retention. */
    Instant cutoff(Instant now) {
        return now.atZone(PolishTime.ZONE).minus(config.afterPlanClosure()).toInstant();
    }

    /** The rule in force, for the administrators' page: the retention, today's cut-off and the nightly schedule. */
    public RetentionPolicy policy() {
        return new RetentionPolicy(config.afterPlanClosure().toString(), cutoff(clock.instant()), config.cron().orElse(null));
    }

    /** Runs the retention now: counts only when dry, otherwise anonymises every eligible client. */
    public AnonymisationRunResponse run(boolean dryRun, AnonymisationRun.Trigger trigger, Actor actor) {
        Instant started = clock.instant();
        Instant cutoff = cutoff(started);
        AnonymisationRunResponse.Counts counts;
        if (dryRun) {
            counts = QuarkusTransaction.requiringNew().call(() -> repository.countEligible(cutoff));
        } else {
            counts = AnonymisationRunResponse.Counts.NONE;
            List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> repository.eligible(cutoff));
            for (UUID clientId : candidates) {
                counts = counts.plus(QuarkusTransaction.requiringNew().call(() -> {
                    AnonymisationRunResponse.Counts done = repository.anonymise(clientId, cutoff);
                    if (done.clients() > 0) {
                        audit.allowed(actor, "CLIENT", clientId, clientId, Action.ANONYMISE, PURPOSE);
                    }
                    return done;
                }));
            }
        }
        AnonymisationRunResponse.Counts total = counts;
        AnonymisationRun run = QuarkusTransaction.requiringNew().call(() -> record(started, cutoff, dryRun, trigger, actor, total));
        LOG.infof("Anonymisation run %s (%s%s): %d client(s)", run.id, trigger, dryRun ? ", dry run" : "", total.clients());
        return AnonymisationRunResponse.of(run);
    }

    private AnonymisationRun record(Instant started, Instant cutoff, boolean dryRun, AnonymisationRun.Trigger trigger, Actor actor,
            AnonymisationRunResponse.Counts counts) {
        AnonymisationRun run = new AnonymisationRun();
        run.id = UUID.randomUUID();
        run.startedAt = started;
        run.finishedAt = clock.instant();
        run.dryRun = dryRun;
        run.trigger = trigger;
        run.triggeredBySubject = actor.subject();
        run.triggeredByName = actor.name();
        run.retention = config.afterPlanClosure().toString();
        run.closedBefore = cutoff;
        run.clients = counts.clients();
        run.plans = counts.plans();
        run.steps = counts.steps();
        run.meetings = counts.meetings();
        run.outcomes = counts.outcomes();
        run.referrals = counts.referrals();
        run.sharingRecords = counts.sharingRecords();
        run.specialCategoryRows = counts.specialCategoryRows();
        em.persist(run);
        return run;
    }

    @Transactional
    public AnonymisationRunPage list(PageParams page) {
        long total = repository.countRuns();
        return new AnonymisationRunPage(repository.runs(page.page(), page.size()).stream().map(AnonymisationRunResponse::of).toList(),
                page.page(), page.size(), total, page.totalPages(total));
    }

    @Transactional
    public AnonymisationRunResponse get(UUID id) {
        AnonymisationRun run = em.find(AnonymisationRun.class, id);
        if (run == null) {
            throw ProblemException.notFound("No anonymisation run has this id.");
        }
        return AnonymisationRunResponse.of(run);
    }
}
