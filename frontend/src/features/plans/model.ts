import type { Schemas } from '@/shared/api/types';

export type Client = Schemas['ClientResponse'];
export type ClientSummary = Schemas['ClientSummary'];
export type Plan = Schemas['PlanResponse'];
export type PlanStep = Schemas['PlanStep'];
export type DueItem = Schemas['DueItem'];
export type Sharing = Schemas['SharingResponse'];
export type Referral = Schemas['ReferralResponse'];
export type ReferralPage = Schemas['ReferralPage'];
export type AnonymisationRun = Schemas['AnonymisationRunResponse'];
export type RetentionPolicy = Schemas['RetentionPolicy'];
export type ReferralStatus = Referral['status'];
/** The referral inbox (to the caller's institution) or outbox (from it). */
export type ReferralBox = 'in' | 'out';
/** What the API lists as `actions` of a referral: what the caller's institution may do now. */
export type ReferralAction = 'ACCEPT' | 'REJECT' | 'COMPLETE' | 'WITHDRAW';

export const REFERRAL_STATUSES: readonly ReferralStatus[] = ['SENT', 'ACCEPTED', 'REJECTED', 'DONE', 'WITHDRAWN'];

/** Query keys of the clients-and-plans feature; a change to one plan refreshes what depends on it. */
export const planKeys = {
  caseload: (page: number, size: number) => ['clients', 'caseload', page, size] as const,
  caseloadAll: ['clients', 'caseload'] as const,
  due: ['plans', 'due'] as const,
  client: (id: string) => ['clients', 'detail', id] as const,
  sharing: (id: string) => ['clients', 'sharing', id] as const,
  accessLog: (id: string) => ['clients', 'access-log', id] as const,
  plan: (id: string) => ['plans', 'detail', id] as const,
  referrals: (box: ReferralBox, status: ReferralStatus | '', page: number, size: number) => ['referrals', box, status, page, size] as const,
  planReferrals: (planId: string) => ['referrals', 'plan', planId] as const,
  referral: (id: string) => ['referrals', 'detail', id] as const,
  referralsAll: ['referrals'] as const,
  retentionPolicy: ['anonymisations', 'policy'] as const,
  anonymisationRuns: (page: number, size: number) => ['anonymisations', 'runs', page, size] as const,
  anonymisationRunsAll: ['anonymisations', 'runs'] as const,
};

export function canDo(referral: Referral, action: ReferralAction): boolean {
  return referral.actions.includes(action);
}

/** The If-Match value for a version read from the API (the ETag is the quoted version). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}
