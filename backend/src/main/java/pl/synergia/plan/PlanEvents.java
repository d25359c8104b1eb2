package pl.synergia.plan;

import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import pl.synergia.shared.events.DomainEvent;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.events.Events;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.territory.GminaRef;

/**
 * The events of the plan context, written in the caller's transaction (the change's own). They
 * carry ids, codes and dates only: never the person, a message, a reason or a step's title. The
 * area is the gmina of the institution that leads the plan or sent the referral (never the
 * person's). {@code byInstitutionId} names the institution whose user made the change, so that
 * channels need not tell it what it did itself.
 */
@ApplicationScoped
public class PlanEvents {

    @Inject
    Events events;

    @Inject
    InstitutionLookup institutions;

    @Inject
    CurrentUser user;

    /** A referral was sent, answered or withdrawn: both institutions learn of it. */
    void referral(EventType type, Referral r) {
        events.publish(DomainEvent.of(type, r.id)
                .with("planId", r.planId)
                .with("fromInstitutionId", r.fromInstitutionId)
                .with("toInstitutionId", r.toInstitutionId)
                .with("serviceCode", r.serviceCode)
                .with("responseDue", r.responseDue)
                .with("status", r.status)
                .with("byInstitutionId", actor())
                .to(r.toInstitutionId, r.fromInstitutionId)
                .area(gminaOf(r.fromInstitutionId))
                .build());
    }

    /** Institutions joined a plan's team: each learns of it, and so does the lead. */
    void membersAdded(ActionPlan plan, Collection<UUID> added) {
        for (UUID member : added) {
            team(EventType.PLAN_TEAM_MEMBER_ADDED, plan, member);
        }
    }

    /** Institutions left a plan's team: each learns of it, and so does the lead. */
    void membersRemoved(ActionPlan plan, Collection<UUID> removed) {
        for (UUID member : removed) {
            team(EventType.PLAN_TEAM_MEMBER_REMOVED, plan, member);
        }
    }

    private void team(EventType type, ActionPlan plan, UUID member) {
        events.publish(DomainEvent.of(type, plan.id)
                .with("planId", plan.id)
                .with("institutionId", member)
                .with("leadInstitutionId", plan.leadInstitutionId)
                .with("byInstitutionId", actor())
                .to(member, plan.leadInstitutionId)
                .area(gminaOf(plan.leadInstitutionId))
                .build());
    }

    /** A step of a plan is now owned by an institution: the owner learns of it. */
    void stepAssigned(ActionPlan plan, PlanStep step) {
        events.publish(DomainEvent.of(EventType.PLAN_STEP_ASSIGNED, plan.id)
                .with("planId", plan.id)
                .with("stepId", step.id)
                .with("ownerInstitutionId", step.ownerInstitutionId)
                .with("serviceCode", step.serviceCode)
                .with("plannedStart", step.plannedStart)
                .with("plannedEnd", step.plannedEnd)
                .with("byInstitutionId", actor())
                .to(step.ownerInstitutionId)
                .area(gminaOf(plan.leadInstitutionId))
                .build());
    }

    String gminaOf(UUID institution) {
        return institutions.findGmina(institution).map(GminaRef::teryt).orElse(null);
    }

    private UUID actor() {
        return user.institutionId().orElse(null);
    }
}
