import type { Schemas } from '@/shared/api/types';

export type Client = Schemas['ClientResponse'];
export type ClientSummary = Schemas['ClientSummary'];
export type Plan = Schemas['PlanResponse'];
export type PlanStep = Schemas['PlanStep'];
export type DueItem = Schemas['DueItem'];
export type Sharing = Schemas['SharingResponse'];

/** Query keys of the clients-and-plans feature; a change to one plan refreshes what depends on it. */
export const planKeys = {
  caseload: (page: number, size: number) => ['clients', 'caseload', page, size] as const,
  caseloadAll: ['clients', 'caseload'] as const,
  due: ['plans', 'due'] as const,
  client: (id: string) => ['clients', 'detail', id] as const,
  sharing: (id: string) => ['clients', 'sharing', id] as const,
  accessLog: (id: string) => ['clients', 'access-log', id] as const,
  plan: (id: string) => ['plans', 'detail', id] as const,
  institutionSearch: (q: string) => ['plans', 'institution-search', q] as const,
};

/** The If-Match value for a version read from the API (the ETag is the quoted version). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}
