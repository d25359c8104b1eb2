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
export type Diagnosis = Schemas['PlanDiagnosis'];
export type DiagnosisArea = Schemas['DiagnosisArea'];
export type Assessment = Schemas['DiagnosisAssessment'];
export type Referent = Schemas['PlanReferent'];
export type Colleague = Schemas['UserRef'];
export type CaseSummary = Schemas['CaseSummary'];
export type CasePage = Schemas['CasePage'];
export type FollowUpCheckpoint = Schemas['FollowUpCheckpoint'];
export type FollowUpStatus = Schemas['FollowUpStatus'];
export type ClientChange = Schemas['ClientChangeResponse'];
export type PersonMatch = Schemas['DpoPersonMatch'];
export type DataSubjectRequest = Schemas['DataSubjectRequestResponse'];
export type DataSubjectRequestPage = Schemas['DataSubjectRequestPage'];
export type RequestKind = Schemas['DataSubjectRequestKind'];
export type RequestGrounds = Schemas['DataSubjectRequestGrounds'];
export type RequestStatus = Schemas['DataSubjectRequestStatus'];

export const REQUEST_GROUNDS: Record<RequestKind, readonly RequestGrounds[]> = {
  ERASURE: [
    'ART_17_1_A_NO_LONGER_NECESSARY',
    'ART_17_1_B_CONSENT_WITHDRAWN',
    'ART_17_1_C_OBJECTION',
    'ART_17_1_D_UNLAWFUL',
    'ART_17_1_E_LEGAL_OBLIGATION',
    'ART_17_1_F_CHILD_SERVICES',
  ],
  RESTRICTION: ['ART_18_1_A_ACCURACY_CONTESTED', 'ART_18_1_B_UNLAWFUL_KEEP', 'ART_18_1_C_LEGAL_CLAIMS', 'ART_18_1_D_OBJECTION_PENDING'],
};

/** The areas of a diagnosis, in the order the API lists them. */
export const DIAGNOSIS_AREAS: readonly DiagnosisArea[] = [
  'PROFESSIONAL_SITUATION',
  'EDUCATION_AND_SKILLS',
  'HEALTH',
  'HOUSING',
  'FAMILY',
  'FINANCES',
  'MOBILITY',
  'DIGITAL',
];
/** Special-category (article 9) areas: seen and written only with an article 9 basis. */
export const SPECIAL_AREAS: ReadonlySet<DiagnosisArea> = new Set<DiagnosisArea>(['HEALTH', 'HOUSING', 'FINANCES']);
export const FOLLOW_UP_CHECKPOINTS: readonly FollowUpCheckpoint[] = ['EXIT', 'MONTHS_3', 'MONTHS_6'];
export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ['EMPLOYED', 'IN_TRAINING', 'UNEMPLOYED', 'UNKNOWN'];

/** The needs of the plan's latest diagnosis (areas marked NEED), in the areas' order. */
export function currentNeeds(plan: Plan): DiagnosisArea[] {
  const latest = plan.diagnoses[0];
  if (!latest) return [];
  return latest.areas.filter((area) => area.assessment === 'NEED').map((area) => area.area);
}
export type ReferralStatus = Referral['status'];
/** The referral inbox (to the caller's institution) or outbox (from it). */
export type ReferralBox = 'in' | 'out';
/** What the API lists as `actions` of a referral: what the caller's institution may do now. */
export type ReferralAction = 'ACCEPT' | 'REJECT' | 'COMPLETE' | 'WITHDRAW';

export const REFERRAL_STATUSES: readonly ReferralStatus[] = ['SENT', 'ACCEPTED', 'REJECTED', 'DONE', 'WITHDRAWN'];

/** Query keys of the clients-and-plans feature; a change to one plan refreshes what depends on it. */
export const planKeys = {
  caseload: (query: object) => ['clients', 'caseload', query] as const,
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
  clientChanges: (id: string) => ['clients', 'changes', id] as const,
  colleagues: ['me', 'colleagues'] as const,
  myCases: (page: number, size: number) => ['cases', 'mine', page, size] as const,
  myCasesAll: ['cases', 'mine'] as const,
  dpoRequests: (open: boolean, page: number, size: number) => ['dpo', 'requests', open, page, size] as const,
  dpoRequestsAll: ['dpo', 'requests'] as const,
  dpoRequest: (id: string) => ['dpo', 'request', id] as const,
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
