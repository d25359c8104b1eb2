import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';

/** "Stan na 30 czerwca 2025 (przeliczono 1 lip 2025, 03:40)": the day the figures describe and when they were computed. */
export function AsOf({ asOf, computedAt }: { asOf?: string | null; computedAt?: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!asOf) return null;
  return (
    <p className="hint regional-as-of">
      {t('regional.asOf', { date: formatDate(asOf, language) })}
      {computedAt && ` ${t('regional.computedAt', { time: formatDateTime(computedAt, language) })}`}
    </p>
  );
}
