import { useTranslation } from 'react-i18next';
import { Tag, type TagVariant } from '@/shared/components/Tag';
import type { ReferralStatus } from '../model';

const VARIANT: Record<ReferralStatus, TagVariant> = { SENT: 'blue', ACCEPTED: 'green', REJECTED: 'red', DONE: 'grey', WITHDRAWN: 'orange' };

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return <Tag variant={VARIANT[status]}>{t(`referralStatus.${status}`)}</Tag>;
}
