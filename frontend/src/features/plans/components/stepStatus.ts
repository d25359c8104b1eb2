import type { PlanStep } from '../model';

export type StepStatus = PlanStep['status'];

/** The step lifecycle the API enforces (docs/plans.md): finished steps stay finished. */
const NEXT: Record<StepStatus, readonly StepStatus[]> = {
  PLANNED: ['IN_PROGRESS', 'STANDBY', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'STANDBY', 'ABANDONED'],
  STANDBY: ['IN_PROGRESS', 'ABANDONED', 'CANCELLED'],
  DONE: [],
  ABANDONED: [],
  CANCELLED: [],
};

/** The statuses a step may be given now: its own, then the allowed next ones. */
export function statusChoices(current: StepStatus): StepStatus[] {
  return [current, ...NEXT[current]];
}
