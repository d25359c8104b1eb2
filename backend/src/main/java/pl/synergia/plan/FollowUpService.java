package pl.synergia.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.plan.PlanAccess.VisiblePlan;
import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;

/**
 * Follow-up after exit: the lead records what became of the person when the plan was finished, then
 * 3 and 6 months later, once each; published for aggregates through
 * {@link pl.synergia.shared.figures.PlanFigures#followUps}.
 */
@ApplicationScoped
public class FollowUpService {

    @Inject
    PlanRepository repository;

    @Inject
    PlanAccess access;

    @Inject
    PlanResponses responses;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Transactional
    public PlanResponse record(UUID planId, FollowUpRequest r) {
        VisiblePlan v = access.requirePlan(planId, true, Action.CREATE, PlanService.PURPOSE);
        ActionPlan plan = v.plan();
        UUID institution = access.institution();
        if (!plan.leadInstitutionId.equals(institution)) {
            throw ProblemException.forbidden("Only the lead institution records the follow-up of a plan.");
        }
        access.requireWritable(v.client());
        ClientService.requireNotAnonymised(v.client());
        LocalDate exit = DueRules.exitDay(plan.closedAt);
        if (exit == null) {
            throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "Plan not finished",
                    "Follow-ups are recorded once the plan is completed or closed.", List.of());
        }
        if (repository.followUps(List.of(plan.id)).stream().anyMatch(f -> f.checkpoint == r.checkpoint())) {
            throw new ProblemException(409, ProblemType.BLANK, "Conflict", "This checkpoint's follow-up is already recorded.",
                    List.of(new FieldError("checkpoint", "already-recorded", "is already recorded for this plan")));
        }
        LocalDate day = r.checkpoint().on(exit);
        if (r.observedOn().isBefore(day)) {
            throw ProblemException.unprocessable(List.of(new FieldError("observedOn", "too-early",
                    "must not be before the checkpoint's day, " + day)));
        }
        FollowUp f = new FollowUp();
        f.id = UUID.randomUUID();
        f.planId = plan.id;
        f.checkpoint = r.checkpoint();
        f.status = r.status();
        f.observedOn = r.observedOn();
        f.notes = ClientService.blankToNull(r.notes());
        f.recordedBy = user.displayName();
        f.recordedAt = clock.instant();
        em.persist(f);
        repository.touch(plan, clock.instant());
        audit.allowed("PLAN_FOLLOW_UP", f.id, plan.clientId, Action.CREATE, PlanService.PURPOSE);
        return responses.response(plan, v.client(), institution);
    }
}
