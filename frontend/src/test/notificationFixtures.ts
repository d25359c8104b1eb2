import type { Schemas } from '@/shared/api/types';
import { EVENT_TYPES } from '@/features/notifications/model';
import { REFERRAL_ID } from './planFixtures';

type Notification = Schemas['NotificationResponse'];
type Preference = Schemas['NotificationPreference'];

export const NOTIFICATION_ID = 'e3000000-0000-4000-8000-000000000001';

export function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: NOTIFICATION_ID,
    type: 'REFERRAL_SENT',
    title: 'Nowe skierowanie do Twojej instytucji od: Miejski Ośrodek Pomocy Społecznej w Legionowie',
    occurredAt: '2025-05-02T08:30:00Z',
    read: false,
    link: { type: 'REFERRAL', id: REFERRAL_ID },
    ...overrides,
  };
}

export function notificationPage(items: Notification[], overrides: Partial<Schemas['NotificationPage']> = {}): Schemas['NotificationPage'] {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: 1,
    unread: items.filter((item) => !item.read).length,
    ...overrides,
  };
}

/** The platform's defaults, as the API answers them for every type. */
export function platformDefaults(): Preference[] {
  const immediate = new Set(['REFERRAL_SENT', 'REFERRAL_ACCEPTED', 'REFERRAL_REJECTED', 'REFERRAL_WITHDRAWN', 'REFERRAL_OVERDUE',
    'PLAN_TEAM_MEMBER_ADDED', 'PLAN_STEP_ASSIGNED', 'PARTNERSHIP_INVITATION', 'PARTNERSHIP_DISSOLVED', 'INSTITUTION_STATUS_EXPIRING',
    'INSTITUTION_STATUS_EXPIRED']);
  const quiet = new Set(['INSTITUTION_UPDATED', 'OFFERING_CHANGED']);
  return EVENT_TYPES.map((type) => ({
    type,
    inApp: !quiet.has(type),
    email: quiet.has(type) ? 'OFF' : immediate.has(type) ? 'IMMEDIATE' : 'DIGEST',
  }));
}

export function myPreferences(overrides: Partial<Schemas['MyPreferences']> = {}): Schemas['MyPreferences'] {
  return {
    language: 'pl',
    followsInstitution: true,
    items: platformDefaults(),
    institution: platformDefaults(),
    email: 'anna.lewandowska@synergia.example',
    ...overrides,
  };
}

export function institutionPreferences(overrides: Partial<Schemas['InstitutionPreferences']> = {}): Schemas['InstitutionPreferences'] {
  return { items: platformDefaults(), canEdit: false, contactEmail: 'cis@wieliszew.example.org', ...overrides };
}
