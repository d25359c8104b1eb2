import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { useAnonymisationRuns } from '../api/listAnonymisations';

/** The administrator's home: the latest retention runs (dry runs say so) and a link to run one. */
export function RecentRuns({ size = 3 }: { size?: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const runs = useAnonymisationRuns(0, size);
  return (
    <section aria-labelledby="home-runs" className="section home-section">
      <h2 id="home-runs" className="heading-m">
        {t('homeDay.runs.heading')}
      </h2>
      {runs.isPending && <p role="status">{t('homeDay.counting')}</p>}
      {runs.isError && <ApiErrorMessage error={runs.error} onRetry={() => void runs.refetch()} />}
      {runs.data && runs.data.items.length === 0 && <p>{t('homeDay.runs.none')}</p>}
      {runs.data && runs.data.items.length > 0 && (
        <ul className="list">
          {runs.data.items.map((run) => (
            <li key={run.id}>
              {t(run.dryRun ? 'homeDay.runs.dryRun' : 'homeDay.runs.run', { when: formatDateTime(run.startedAt, language) })}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={links.anonymisation()}>{t('homeDay.runs.all')}</Link>
      </p>
    </section>
  );
}
