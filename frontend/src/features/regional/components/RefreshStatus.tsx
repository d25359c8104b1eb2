import { useTranslation } from 'react-i18next';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { formatDate, formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { useRegionalIndicators } from '../api/listIndicators';
import { isRefreshRunning, useRefreshes } from '../api/listRefreshes';
import { useStartRefresh } from '../api/startRefresh';

const NEED_INDICATOR = 'NEED_SA_UNEMPLOYMENT';

/**
 * How fresh the need figures are ("stan na …, przeliczone …"). After an import the figures are
 * recomputed by a refresh the analyst cannot see: the catalogue is asked every 2 s until the
 * need figures were computed after the import finished. An administrator sees the refreshes
 * themselves and may request one.
 */
export function RefreshStatus({ importedAt, canRefresh }: { importedAt?: string | null; canRefresh: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const waitingSince = importedAt ? new Date(importedAt).getTime() : undefined;
  const indicators = useRegionalIndicators({
    refetchInterval: (waitingSince ?? 0) > 0 ? 2000 : false,
  });
  const need = indicators.data?.find((indicator) => indicator.code === NEED_INDICATOR);
  const computedAt = need?.computedAt ? new Date(need.computedAt).getTime() : undefined;
  const waiting = waitingSince !== undefined && (computedAt === undefined || computedAt < waitingSince);
  const refreshes = useRefreshes(canRefresh);
  const start = useStartRefresh();
  const latest = refreshes.data?.items[0];

  return (
    <section className="regional-section" aria-labelledby="refresh-heading">
      <h2 id="refresh-heading" className="heading-m">
        {t('regional.imports.refresh.heading')}
      </h2>
      <p>
        {need?.asOf && need.computedAt
          ? t('regional.imports.refresh.current', { date: formatDate(need.asOf, language), time: formatDateTime(need.computedAt, language) })
          : t('regional.imports.refresh.none')}
      </p>
      <div role="status" aria-live="polite">
        {waiting && <p className="inset-text">{t('regional.imports.refresh.waiting')}</p>}
        {waitingSince !== undefined && !waiting && <p className="inset-text">{t('regional.imports.refresh.done')}</p>}
        {latest && isRefreshRunning(latest) && <p>{t('regional.imports.refresh.running', { done: latest.stepsDone, total: latest.stepsTotal })}</p>}
        {start.isSuccess && <p>{t('regional.imports.refresh.requested')}</p>}
      </div>
      {latest && !isRefreshRunning(latest) && (
        <p className="secondary-text">
          {t('regional.imports.refresh.last', {
            status: t(`regional.imports.refresh.status.${latest.status}`),
            time: formatDateTime(latest.finishedAt ?? latest.createdAt, language),
          })}
        </p>
      )}
      {start.isError && <ApiErrorMessage error={start.error} />}
      {canRefresh && (
        <button type="button" className="button button--secondary" disabled={start.isPending || isRefreshRunning(latest)} onClick={() => start.mutate()}>
          {t('regional.imports.refresh.request')}
        </button>
      )}
    </section>
  );
}
