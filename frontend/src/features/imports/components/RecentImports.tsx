import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { useDirectoryImports } from '../api/listDirectoryImports';
import { ImportStatusTag } from '@/shared/imports/ImportStatusTag';

/** The administrator's home: the latest directory imports with their status, each a link to its result. */
export function RecentImports({ size = 3 }: { size?: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const imports = useDirectoryImports(size);
  return (
    <section aria-labelledby="home-imports" className="section home-section">
      <h2 id="home-imports" className="heading-m">
        {t('homeDay.imports.heading')}
      </h2>
      {imports.isPending && <p role="status">{t('imports.list.loading')}</p>}
      {imports.isError && <ApiErrorMessage error={imports.error} onRetry={() => void imports.refetch()} />}
      {imports.data && imports.data.items.length === 0 && <p>{t('imports.list.empty')}</p>}
      {imports.data && imports.data.items.length > 0 && (
        <ul className="list">
          {imports.data.items.map((job) => (
            <li key={job.id}>
              <Link to={links.importJob(job.id)}>
                {formatDateTime(job.createdAt, language)}
                {job.fileName ? ` – ${job.fileName}` : ''}
              </Link>{' '}
              {job.dryRun && <span className="secondary-text">({t('imports.list.dryRun')}) </span>}
              <ImportStatusTag status={job.status} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={links.imports()}>{t('homeDay.imports.all')}</Link>
      </p>
    </section>
  );
}
