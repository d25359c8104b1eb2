import { useTranslation } from 'react-i18next';
import { Tag, type TagVariant } from '@/shared/components/Tag';
import type { Plan } from '../model';

const VARIANT: Record<Plan['status'], TagVariant> = { DRAFT: 'grey', ACTIVE: 'blue', COMPLETED: 'green', CLOSED: 'orange' };

export function PlanStatusTag({ status }: { status: Plan['status'] }) {
  const { t } = useTranslation();
  return <Tag variant={VARIANT[status]}>{t(`planStatus.${status}`)}</Tag>;
}
