import { useTranslation } from 'react-i18next';
import { Tag } from '@/shared/components/Tag';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';

export type Validity = 'repealed' | 'upcoming' | 'current';

/** Where a validity period stands on a given day (dates YYYY-MM-DD, both ends inclusive). */
export function validityOn(validFrom: string | null | undefined, validTo: string | null | undefined, today: string): Validity {
  if (validTo && validTo < today) return 'repealed';
  if (validFrom && validFrom > today) return 'upcoming';
  return 'current';
}

/** "Repealed" (ended) or "in force from" for an act or an instrument's rules; nothing when simply in force. */
export function ValidityTag({ validFrom, validTo, today }: { validFrom?: string | null; validTo?: string | null; today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const validity = validityOn(validFrom, validTo, today);
  if (validity === 'repealed') return <Tag variant="grey">{t('catalogue.validity.endedOn', { date: formatDate(validTo, language) })}</Tag>;
  if (validity === 'upcoming') return <Tag variant="yellow">{t('catalogue.validity.from', { date: formatDate(validFrom, language) })}</Tag>;
  return null;
}
