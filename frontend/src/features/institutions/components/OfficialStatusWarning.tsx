import { useTranslation } from 'react-i18next';
import { WarningText } from '@/shared/components/WarningText';
import { formatDate, todayIso } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { isOfficialStatusState, useLabels } from '@/shared/i18n/labels';
import type { Institution } from '../api/getInstitution';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one calendar date (YYYY-MM-DD) to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * A visible warning when the official status (CIS status, KIS register entry …) ends within
 * 90 days, has ended, or has not started yet. The API decides the state; the page words it.
 */
export function OfficialStatusWarning({ institution, today = todayIso() }: { institution: Institution; today?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useLabels();
  const status = institution.officialStatus;
  const state = institution.officialStatusState;
  if (!status || !isOfficialStatusState(state) || state === 'VALID') return null;
  const kind = labels.officialStatusKind(status.kind);
  const validTo = status.validTo ?? '';
  const validFrom = status.validFrom ?? '';

  let message: string;
  if (state === 'EXPIRING_SOON') {
    const days = Math.max(0, daysBetween(today, validTo));
    message = t('institution.statusWarning.expiringSoon', {
      kind,
      date: formatDate(validTo, language),
      days: t('institution.statusWarning.days', { count: days }),
    });
  } else if (state === 'EXPIRED') {
    message = t('institution.statusWarning.expired', { kind, date: formatDate(validTo, language) });
  } else {
    message = t('institution.statusWarning.notYetValid', { kind, date: formatDate(validFrom, language) });
  }
  return (
    <div className={`status-warning status-warning--${state === 'EXPIRING_SOON' ? 'soon' : 'problem'}`}>
      <WarningText>{message}</WarningText>
    </div>
  );
}
