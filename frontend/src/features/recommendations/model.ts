import type { Schemas } from '@/shared/api/types';

export type Recommendation = Schemas['RecommendationResponse'];
export type RecommendationSummary = Schemas['RecommendationSummary'];
export type RecommendationStatus = Schemas['RecommendationStatus'];
/** The statuses a recommendation is moved to. */
export type RecommendationMove = Exclude<RecommendationStatus, 'ISSUED'>;
export type Rpw = Schemas['RpwResponse'];
export type RpwMember = Schemas['RpwMember'];
export type RpwMemberRequest = Schemas['RpwMemberRequest'];
export type RpwMeeting = Schemas['RpwMeetingResponse'];
export type RepresentativeRole = Schemas['RepresentativeRole'];

export const REPRESENTATIVE_ROLES: readonly RepresentativeRole[] = ['ZSL_REPRESENTATIVE', 'ROPS', 'OWES', 'PUP', 'SOCIAL_ECONOMY_COMMITTEE', 'SOCIAL_EMPLOYMENT_ENTITY'];

/** If-Match of a change: the version read, quoted (an ETag). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

export const RECOMMENDATION_STATUSES: readonly RecommendationStatus[] = ['ISSUED', 'ACKNOWLEDGED', 'IMPLEMENTED', 'DECLINED'];

export const recommendationKeys = {
  all: ['recommendations'] as const,
  list: (status: string, territory: string, page: number) => ['recommendations', 'list', status, territory, page] as const,
  one: (id: string) => ['recommendations', 'one', id] as const,
  rpw: (voivodeship: string) => ['rpw', voivodeship] as const,
  rpwMeeting: (voivodeship: string, meetingId: string) => ['rpw', voivodeship, 'meeting', meetingId] as const,
};

/** The voivodeship (2 digits) of a TERYT code. */
export function voivodeshipOf(teryt: string | undefined): string | undefined {
  return teryt && teryt.length >= 2 ? teryt.slice(0, 2) : undefined;
}
