import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Tag, type TagVariant } from '@/shared/components/Tag';
import type { ReferralStatus } from '../model';

const VARIANT: Record<ReferralStatus, TagVariant> = { SENT: 'blue', ACCEPTED: 'green', REJECTED: 'red', DONE: 'grey', WITHDRAWN: 'orange' };

/**
 * A referral's status in words. `incoming`: as the receiving institution reads it — a referral sent
 * to it awaits its answer ("Oczekuje na odpowiedź"), it was not sent by it.
 */
export function referralStatusLabel(t: TFunction, status: ReferralStatus, incoming = false): string {
  return incoming && status === 'SENT' ? t('referralStatusIncoming.SENT') : t(`referralStatus.${status}`);
}

export function ReferralStatusTag({ status, incoming = false }: { status: ReferralStatus; incoming?: boolean }) {
  const { t } = useTranslation();
  return <Tag variant={VARIANT[status]}>{referralStatusLabel(t, status, incoming)}</Tag>;
}
