import { useTranslation } from 'react-i18next';
import { Tag, type TagVariant } from '@/shared/components/Tag';
import type { PlanStep } from '../model';

const STATUS_VARIANT: Record<PlanStep['status'], TagVariant> = {
  PLANNED: 'grey',
  IN_PROGRESS: 'blue',
  DONE: 'green',
  STANDBY: 'yellow',
  ABANDONED: 'red',
  CANCELLED: 'orange',
};

/** A step's status as a coloured tag with its label. */
export function StepStatusTag({ status }: { status: PlanStep['status'] }) {
  const { t } = useTranslation();
  return <Tag variant={STATUS_VARIANT[status]}>{t(`stepStatus.${status}`)}</Tag>;
}
