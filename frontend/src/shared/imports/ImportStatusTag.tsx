import { useTranslation } from 'react-i18next';
import { Tag, type TagVariant } from '@/shared/components/Tag';
import type { ImportStatus } from './types';

const VARIANT: Record<ImportStatus, TagVariant> = {
  QUEUED: 'grey',
  VALIDATING: 'blue',
  WRITING: 'blue',
  SUCCEEDED: 'green',
  FAILED: 'red',
};

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return <Tag variant={VARIANT[status]}>{t(`imports.status.${status}`)}</Tag>;
}
