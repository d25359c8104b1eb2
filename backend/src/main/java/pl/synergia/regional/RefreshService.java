package pl.synergia.regional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import pl.synergia.regional.RegionalRefresh.Scope;
import pl.synergia.regional.RegionalRefresh.Status;
import pl.synergia.regional.RegionalRefresh.Trigger;
import pl.synergia.shared.figures.DirectoryFigures;
import pl.synergia.shared.figures.PartnershipFigures;
import pl.synergia.shared.figures.PartnershipFigures.PactFigure;
import pl.synergia.shared.figures.PlanFigures;
import pl.synergia.shared.figures.PlanFigures.MonthCount;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.shared.web.PageParams;

/**
 * Recomputes the regional figures (docs/adr/0024). A run is queued as a row of regional_refresh
 * and taken by whichever backend instance claims it first ({@code FOR UPDATE SKIP LOCKED}); a year
 * is written in one transaction under a PostgreSQL advisory lock, replacing the year's values at
 * once, so readers see the old figures or the new ones, never a mix. Progress is committed as the
 * run goes, for the administrator's page.
 */
@ApplicationScoped
public class RefreshService {

    private static final Logger LOG = Logger.getLogger(RefreshService.class);

    /** A RUNNING run not heard of for this long was interrupted (its instance stopped). */
    static final Duration STALE = Duration.ofMinutes(30);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RegionalConfig config;

    @Inject
    DirectoryFigures directory;

    @Inject
    PartnershipFigures partnerships;

    @Inject
    PlanFigures plans;

    @Inject
    FigureStore store;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "regional-refresh");
        thread.setDaemon(true);
        return thread;
    });

    /** Set while this instance's worker drains the queue, so a kick does not queue a second drain. */
    private final AtomicBoolean draining = new AtomicBoolean();

    /** Set by every kick: the drain looks at the queue again before it stops. */
    private final AtomicBoolean again = new AtomicBoolean();

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Who asked for a run. */
    public record Requester(String subject, String name) {
        static final Requester SCHEDULE = new Requester("system:regional-refresh", "Harmonogram odświeżania");
    }

    /**
     * Queues a run and starts this instance's worker. A CURRENT_YEAR or FULL run already queued
     * (by this instance or another) is reused instead of queueing a second.
     */
    public RefreshResponse queue(Scope scope, SortedSet<Integer> years, Trigger trigger, Requester requester) {
        UUID id = UUID.randomUUID();
        UUID queued = QuarkusTransaction.requiringNew().call(() -> {
            int inserted = em.createNativeQuery("insert into regional_refresh (id, scope, years, trigger, status, "
                    + "requested_by_subject, requested_by_name, created_at) "
                    + "values (?1, ?2, cast(?3 as smallint[]), ?4, 'QUEUED', ?5, ?6, ?7) on conflict do nothing")
                    .setParameter(1, id).setParameter(2, scope.name())
                    .setParameter(3, years.stream().map(String::valueOf).reduce((a, b) -> a + "," + b)
                            .map(s -> "{" + s + "}").orElse("{}"))
                    .setParameter(4, trigger.name()).setParameter(5, requester.subject()).setParameter(6, requester.name())
                    .setParameter(7, Instant.now(clock)).executeUpdate();
            if (inserted == 1) {
                return id;
            }
            return em.createQuery("select r.id from RegionalRefresh r where r.scope = :scope and r.status = :queued", UUID.class)
                    .setParameter("scope", scope).setParameter("queued", Status.QUEUED).getResultStream().findFirst()
                    .orElse(id);
        });
        kick();
        return get(queued).orElseThrow();
    }

    /** Starts draining the queue on this instance unless it already is (then it looks at the queue once more). */
    public void kick() {
        again.set(true);
        if (draining.compareAndSet(false, true)) {
            worker.submit(this::drain);
        }
    }

    /** Whether any period has been computed (or a run is already queued or running). */
    public boolean anyComputed() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select (select count(*) from regional_period) + (select count(*) from regional_refresh where status in ('QUEUED', 'RUNNING'))")
                .getSingleResult()).longValue() > 0);
    }

    public Optional<RefreshResponse> get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(em.find(RegionalRefresh.class, id))
                .map(RefreshResponse::of));
    }

    public RefreshPage list(PageParams page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long total = em.createQuery("select count(r) from RegionalRefresh r", Long.class).getSingleResult();
            List<RefreshResponse> items = em.createQuery("select r from RegionalRefresh r order by r.createdAt desc, r.id desc",
                    RegionalRefresh.class).setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                    .getResultStream().map(RefreshResponse::of).toList();
            return new RefreshPage(items, page.page(), page.size(), total, page.totalPages(total));
        });
    }

    private void drain() {
        try {
            do {
                again.set(false);
                for (Optional<UUID> run = claim(); run.isPresent(); run = claim()) {
                    execute(run.get());
                }
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.error("The regional refresh worker stopped", e);
        } finally {
            draining.set(false);
            if (again.get()) {
                kick(); // queued while this drain was finishing
            }
        }
    }

    /** Takes the oldest queued run, unless another instance has it; marks interrupted runs failed first. */
    Optional<UUID> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            em.createQuery("update RegionalRefresh r set r.status = :failed, r.finishedAt = :now, r.failureDetail = :detail "
                    + "where r.status = :running and r.heartbeatAt < :stale")
                    .setParameter("failed", Status.FAILED).setParameter("now", now)
                    .setParameter("detail", "The backend instance running it stopped; the next run recomputes the figures.")
                    .setParameter("running", Status.RUNNING).setParameter("stale", now.minus(STALE)).executeUpdate();
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("select id from regional_refresh where status = 'QUEUED' "
                    + "order by created_at, id limit 1 for update skip locked").getResultList();
            if (ids.isEmpty()) {
                return Optional.<UUID>empty();
            }
            RegionalRefresh run = em.find(RegionalRefresh.class, ids.get(0));
            run.status = Status.RUNNING;
            run.startedAt = now;
            run.heartbeatAt = now;
            return Optional.of(run.id);
        });
    }

    private void execute(UUID id) {
        try {
            RegionalRefresh run = QuarkusTransaction.requiringNew().call(() -> em.find(RegionalRefresh.class, id));
            LocalDate today = LocalDate.now(clock.withZone(PolishTime.ZONE));
            SortedSet<Integer> years = years(run, today);
            update(id, r -> {
                r.years = years.stream().map(Integer::shortValue).toArray(Short[]::new);
                r.stepsTotal = years.size() * 3 + 1;
                r.currentStep = "Reading the directory and the partnerships";
            });
            Map<UUID, InstitutionType> types = QuarkusTransaction.requiringNew().call(directory::types);
            List<PactFigure> pacts = QuarkusTransaction.requiringNew().call(partnerships::pacts);
            Territory territory = QuarkusTransaction.requiringNew().call(store::territory);
            QuarkusTransaction.requiringNew().run(store::replaceUnits);
            int written = 0;
            int done = 0;
            for (int year : years) {
                step(id, done++, "Reading the figures of " + year);
                YearComputation.Inputs inputs = read(year, today, types, pacts);
                step(id, done++, "Computing the figures of " + year);
                List<ValueRow> rows = new YearComputation(territory, inputs).compute();
                step(id, done++, "Writing the figures of " + year);
                Instant computedAt = Instant.now(clock);
                QuarkusTransaction.requiringNew().timeout(3600).run(() -> store.replaceYear(year, rows, today, computedAt));
                written += rows.size();
                int soFar = written;
                update(id, r -> r.valuesWritten = soFar);
            }
            step(id, done, "Writing the list of MLW gminas");
            Instant computedAt = Instant.now(clock);
            QuarkusTransaction.requiringNew().run(() -> store.replaceMlwGminas(pacts, types, today, computedAt));
            update(id, r -> {
                r.stepsDone = r.stepsTotal;
                r.status = Status.SUCCEEDED;
                r.currentStep = null;
                r.finishedAt = Instant.now(clock);
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Regional refresh %s failed", id);
            update(id, r -> {
                r.status = Status.FAILED;
                r.failureDetail = "The figures could not be computed; the years not written keep their previous values. Reference: " + id;
                r.finishedAt = Instant.now(clock);
            });
        }
    }

    /** The years a run recomputes. */
    SortedSet<Integer> years(RegionalRefresh run, LocalDate today) {
        SortedSet<Integer> years = new TreeSet<>();
        switch (run.scope) {
            case CURRENT_YEAR -> years.add(today.getYear());
            case YEARS -> Arrays.stream(run.years).forEach(y -> years.add(y.intValue()));
            case FULL -> {
                for (int y = today.getYear() - config.refresh().historyYears() + 1; y <= today.getYear(); y++) {
                    years.add(y);
                }
                years.addAll(QuarkusTransaction.requiringNew().call(store::needYears));
            }
        }
        years.removeIf(y -> y > today.getYear());
        return years;
    }

    private YearComputation.Inputs read(int year, LocalDate today, Map<UUID, InstitutionType> types, List<PactFigure> pacts) {
        List<LocalDate> days = Periods.daysOf(year, today);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = days.get(days.size() - 1).plusDays(1);
        Map<UUID, String> groups = new HashMap<>();
        types.forEach((id, type) -> groups.put(id, type.name()));
        return QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
            Map<String, List<MonthCount>> flows = new HashMap<>();
            flows.put("PLANS_STARTED", plans.plansStarted(from, to));
            flows.put("PLANS_CLOSED", plans.plansClosed(from, to));
            flows.put("OUTCOMES", plans.outcomes(from, to));
            flows.put("REFERRALS_SENT", plans.referralsSent(from, to, groups));
            flows.put("REFERRALS_ACCEPTED", plans.referralsAccepted(from, to, groups));
            flows.put("REFERRALS_REJECTED", plans.referralsRejected(from, to, groups));
            flows.put("STEPS_STARTED", plans.stepsStarted(from, to));
            return new YearComputation.Inputs(year, days,
                    directory.supply(EnumSet.of(InstitutionType.CIS, InstitutionType.KIS, InstitutionType.WTZ,
                            InstitutionType.ZAZ, InstitutionType.OWES, InstitutionType.SPOLDZIELNIA), days),
                    pacts, types, plans.peopleWithActivePlan(days), flows, plans.referralAnswerTimes(from, to),
                    store.need(year), config.suppression().k(), PolishTime.ZONE);
        });
    }

    private void step(UUID id, int done, String what) {
        update(id, r -> {
            r.stepsDone = done;
            r.currentStep = what;
        });
    }

    private void update(UUID id, Consumer<RegionalRefresh> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            RegionalRefresh run = em.find(RegionalRefresh.class, id);
            change.accept(run);
            run.heartbeatAt = Instant.now(clock);
        });
    }

    static ProblemException notFound() {
        return ProblemException.notFound("No refresh has this id.");
    }
}
