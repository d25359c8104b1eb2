import { useTranslation } from 'react-i18next';
import { links } from '@/shared/routes/links';
import { hasPermission, useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { useDirectoryImports } from '../api/listDirectoryImports';
import { ImportHistory } from '@/shared/imports/ImportHistory';
import { ImportReference } from '../components/ImportReference';
import { ImportUploadForm } from '../components/ImportUploadForm';

function RecentImports() {
  const { t } = useTranslation();
  const query = useDirectoryImports();
  if (query.isPending) return <p role="status">{t('imports.list.loading')}</p>;
  if (query.isError) return <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <p>{t('imports.list.empty')}</p>;
  return <ImportHistory jobs={query.data.items} caption={t('imports.list.caption')} jobLink={links.importJob} />;
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
          <ImportReference />
          <h2 className="heading-m">{t('imports.list.heading')}</h2>
          <RecentImports />
        </>
      )}
    </>
  );
}
