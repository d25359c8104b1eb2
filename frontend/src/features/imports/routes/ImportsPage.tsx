import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links } from '@/shared/routes/links';
import { hasPermission, useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { useDirectoryImports } from '../api/listDirectoryImports';
import { ImportStatusTag } from '@/shared/imports/ImportStatusTag';
import { ImportUploadForm } from '../components/ImportUploadForm';

function RecentImports() {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useDirectoryImports();
  const captionId = useId();
  if (query.isPending) return <p role="status">{t('imports.list.loading')}</p>;
  if (query.isError) return <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <p>{t('imports.list.empty')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className="table__caption table__caption--s">
          {t('imports.list.caption')}
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
          {query.data.items.map((job) => (
            <tr key={job.id}>
              <td>
                <Link to={links.importJob(job.id)}>{formatDateTime(job.createdAt, language)}</Link>
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

/** Importing the directory from a CSV file (administrators), with the latest imports. */
export function ImportsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('imports.title'));
  const me = useMe();
  const allowed = hasPermission(me.data, 'DIRECTORY_MANAGE_ALL');
  return (
    <>
      <PageHeading>{t('imports.title')}</PageHeading>
      {me.isPending && (
        <p role="status" className="visually-hidden">
          {t('home.loading')}
        </p>
      )}
      {me.data && !allowed && (
        <div className="inset-text">
          <p>{t('imports.forbidden')}</p>
        </div>
      )}
      {allowed && (
        <>
          <p className="lead lead--s">{t('imports.lead')}</p>
          <ul className="list list--bullet">
            <li>{t('imports.rule1')}</li>
            <li>{t('imports.rule2')}</li>
            <li>{t('imports.rule3')}</li>
          </ul>
          <ImportUploadForm />
          <h2 className="heading-m">{t('imports.list.heading')}</h2>
          <RecentImports />
        </>
      )}
    </>
  );
}
