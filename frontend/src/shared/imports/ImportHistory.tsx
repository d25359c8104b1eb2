import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { ImportStatusTag } from './ImportStatusTag';
import type { ImportJob } from './types';

/** The latest imports as a table: when (a link to the job), file (and whether a dry run), who, status, counts or errors. */
export function ImportHistory({ jobs, caption, jobLink }: { jobs: readonly ImportJob[]; caption: string; jobLink: (id: string) => string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className="table__caption table__caption--s">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.list.when')}</th>
            <th scope="col">{t('imports.list.file')}</th>
            <th scope="col">{t('imports.list.who')}</th>
            <th scope="col">{t('imports.list.status')}</th>
            <th scope="col">{t('imports.list.counts')}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id}>
              <td>
                <Link to={jobLink(job.id)}>{formatDateTime(job.createdAt, language)}</Link>
              </td>
              <td>
                {job.fileName ?? '—'}
                {job.dryRun && <span className="secondary-text"> ({t('imports.list.dryRun')})</span>}
              </td>
              <td>{job.createdBy}</td>
              <td>
                <ImportStatusTag status={job.status} />
              </td>
              <td>
                {job.status === 'FAILED'
                  ? t('imports.list.errors', { count: job.errorCount })
                  : t('imports.list.countsValue', { created: job.created, updated: job.updated, unchanged: job.unchanged })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
