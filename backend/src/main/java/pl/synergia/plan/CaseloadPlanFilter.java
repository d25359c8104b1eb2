package pl.synergia.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A caseload filter by the status of the person's plan the caller sees; NONE: no such plan. */
@Schema(description = "Status of the person's plan that the caller's institution sees (ACTIVE before DRAFT before COMPLETED "
        + "before CLOSED when they have several); NONE: no plan")
public enum CaseloadPlanFilter {
    DRAFT, ACTIVE, COMPLETED, CLOSED, NONE
}
