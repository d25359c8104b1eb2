import type { ServiceSummary } from '@/shared/reference/api/listAllServices';
import type { InstitutionType } from '@/shared/i18n/labels';
import type { StepRequest } from '../api/addStep';
import type { PlanStep } from '../model';

/**
 * The catalogue services a step may use: provided by the owner's institution type and in force on
 * the step's planned start (a step begun under an act continues under it, as the 2025 labour-market
 * act lets agreements made before it continue; ADR 0046). Historical instruments never.
 */
export function servicesForStep(services: readonly ServiceSummary[], ownerType: InstitutionType, plannedStart: string): ServiceSummary[] {
  return services.filter(
    (service) =>
      !service.historical &&
      service.providerTypes.includes(ownerType) &&
      (!/^\d{4}-\d{2}-\d{2}$/.test(plannedStart) ||
        ((service.validFrom === null || service.validFrom === undefined || service.validFrom <= plannedStart) &&
          (service.validTo === null || service.validTo === undefined || service.validTo >= plannedStart))),
  );
}

/** Steps that still count: a cancelled or abandoned one does not make a new one a duplicate. */
const LIVE: ReadonlySet<PlanStep['status']> = new Set(['PLANNED', 'IN_PROGRESS', 'STANDBY', 'DONE']);
const OPEN_END = '9999-12-31';

/**
 * Steps of the plan that the new one would repeat: the same catalogue service, the same owning
 * institution and overlapping planned dates (an open end runs on). A warning, not a refusal.
 */
export function duplicateSteps(steps: readonly PlanStep[], candidate: Pick<StepRequest, 'serviceCode' | 'ownerInstitutionId' | 'plannedStart' | 'plannedEnd'>): PlanStep[] {
  if (!candidate.serviceCode || !candidate.ownerInstitutionId) return [];
  const start = candidate.plannedStart;
  const end = candidate.plannedEnd ?? OPEN_END;
  return steps.filter(
    (step) =>
      LIVE.has(step.status) &&
      step.service?.code === candidate.serviceCode &&
      step.owner?.id === candidate.ownerInstitutionId &&
      step.plannedStart <= end &&
      start <= (step.plannedEnd ?? OPEN_END),
  );
}
