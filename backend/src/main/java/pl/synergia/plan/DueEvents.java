package pl.synergia.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import pl.synergia.shared.events.DomainEvent;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.events.TimedEventSource;

/**
 * The plan context's time-based events, from the same rules as the due lists ({@link DueItems},
 * {@link DueRules}): a referral past its answer-by date (REFERRAL_OVERDUE, to both institutions),
 * the PUP's next contact with the person within {@value DueRules#CONTACT_NOTICE_DAYS} days or late
 * (PLAN_CONTACT_DUE, to the PUP), a step ending within {@value DueRules#STEP_END_WARNING_DAYS} days or
 * late (PLAN_STEP_ENDING, to its owner and the lead), the plan's period ending within
 * {@value DueRules#PLAN_END_WARNING_DAYS} days or over (PLAN_ENDING, to the team). Each is keyed by
 * the fact and its date: a new date (a meeting recorded, a step moved) is a new event, the same
 * date never again.
 */
@ApplicationScoped
public class DueEvents implements TimedEventSource {

    @Inject
    DueItems due;

    @Inject
    PlanRepository repository;

    @Inject
    PlanEvents planEvents;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DomainEvent> dueOn(LocalDate today) {
        List<DomainEvent> events = new ArrayList<>();
        Map<UUID, String> areas = new HashMap<>();
        for (Referral r : repository.referralsOverdue(today)) {
            events.add(DomainEvent.of(EventType.REFERRAL_OVERDUE, r.id)
                    .with("planId", r.planId)
                    .with("fromInstitutionId", r.fromInstitutionId)
                    .with("toInstitutionId", r.toInstitutionId)
                    .with("responseDue", r.responseDue)
                    .to(r.toInstitutionId, r.fromInstitutionId)
                    .area(areas.computeIfAbsent(r.fromInstitutionId, planEvents::gminaOf))
                    .once("referral-overdue:" + r.id + ":" + r.responseDue)
                    .build());
        }
        due.eachActivePlan(today, (plan, items) -> {
            for (DueItem item : items) {
                if (!DueRules.announced(item, today)) {
                    continue;
                }
                String area = areas.computeIfAbsent(plan.leadInstitutionId, planEvents::gminaOf);
                events.add(event(plan, item, area));
            }
        });
        return events;
    }

    private static DomainEvent event(ActionPlan plan, DueItem item, String area) {
        UUID institution = item.institution().id();
        DomainEvent.Builder event = switch (item.kind()) {
            case PUP_MEETING -> DomainEvent.of(EventType.PLAN_CONTACT_DUE, plan.id)
                    .with("institutionId", institution)
                    .to(institution)
                    .once("plan-contact-due:" + plan.id + ":" + institution + ":" + item.dueOn());
            case STEP_END -> DomainEvent.of(EventType.PLAN_STEP_ENDING, plan.id)
                    .with("stepId", item.stepId())
                    .with("ownerInstitutionId", institution)
                    .to(institution, plan.leadInstitutionId)
                    .once("plan-step-ending:" + item.stepId() + ":" + item.dueOn());
            case PLAN_END -> DomainEvent.of(EventType.PLAN_ENDING, plan.id)
                    .to(plan.team.stream().map(m -> m.institutionId).toList())
                    .once("plan-ending:" + plan.id + ":" + item.dueOn());
            default -> throw new IllegalArgumentException("not announced: " + item.kind());
        };
        return event.with("planId", plan.id)
                .with("leadInstitutionId", plan.leadInstitutionId)
                .with("dueOn", item.dueOn())
                .with("overdue", item.overdue())
                .area(area)
                .build();
    }
}
