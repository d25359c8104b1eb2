import type { Schemas } from '@/shared/api/types';
import type { Language } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';

export type NotificationItem = Schemas['NotificationResponse'];
export type NotificationPage = Schemas['NotificationPage'];
export type NotificationLink = Schemas['NotificationLink'];
export type EventType = Schemas['EventType'];
export type EmailMode = Schemas['EmailMode'];
export type Preference = Schemas['NotificationPreference'];
export type MyPreferences = Schemas['MyPreferences'];
export type InstitutionPreferences = Schemas['InstitutionPreferences'];

/** Every event type, in the API's order (the order of the preferences tables and the type filter). */
export const EVENT_TYPES: readonly EventType[] = [
  'REFERRAL_SENT',
  'REFERRAL_ACCEPTED',
  'REFERRAL_REJECTED',
  'REFERRAL_COMPLETED',
  'REFERRAL_WITHDRAWN',
  'REFERRAL_OVERDUE',
  'PLAN_TEAM_MEMBER_ADDED',
  'PLAN_TEAM_MEMBER_REMOVED',
  'PLAN_STEP_ASSIGNED',
  'PLAN_CONTACT_DUE',
  'PLAN_STEP_ENDING',
  'PLAN_ENDING',
  'INSTITUTION_UPDATED',
  'INSTITUTION_STATUS_EXPIRING',
  'INSTITUTION_STATUS_EXPIRED',
  'OFFERING_CHANGED',
  'PARTNERSHIP_INVITATION',
  'PARTNERSHIP_JOINED',
  'PARTNERSHIP_WITHDRAWAL',
  'PARTNERSHIP_DISSOLVED',
  'RECOMMENDATION_ISSUED',
  'RECOMMENDATION_ACKNOWLEDGED',
  'RECOMMENDATION_CLOSED',
];

export const EMAIL_MODES: readonly EmailMode[] = ['IMMEDIATE', 'DIGEST', 'OFF'];

/** What the notifications page asks for (the URL's filters; page 0-based). */
export interface NotificationFilter {
  unread: boolean;
  type: EventType | '';
  from: string;
  to: string;
  page: number;
}

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  lists: ['notifications', 'list'] as const,
  list: (filter: NotificationFilter, language: Language) => ['notifications', 'list', filter, language] as const,
  preferences: ['notifications', 'preferences'] as const,
  mine: ['notifications', 'preferences', 'me'] as const,
  institution: ['notifications', 'preferences', 'institution'] as const,
};

/** The route of the record a notification is about. */
export function linkTo(link: NotificationLink): string {
  switch (link.type) {
    case 'REFERRAL':
      return links.referral(link.id);
    case 'PLAN':
      return links.plan(link.id);
    case 'PARTNERSHIP':
      return links.partnership(link.id);
    case 'INSTITUTION':
      return links.institution(link.id);
    case 'RECOMMENDATION':
      return links.recommendation(link.id);
    default:
      return links.notifications();
  }
}
