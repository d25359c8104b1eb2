import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { isFinished, useDirectoryImport } from '../api/getDirectoryImport';
import { ImportProgress } from '@/shared/imports/ImportProgress';
import { ImportResult } from '@/shared/imports/ImportResult';
import { ImportStatusTag } from '@/shared/imports/ImportStatusTag';

/** One import: its progress while the job runs (polled), then its result. */
export function ImportJobPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const query = useDirectoryImport(id);
  const job = query.data;
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  const title = job?.dryRun ? t('imports.job.dryRunTitle') : t('imports.job.title');
  useDocumentTitle(notFound ? t('imports.job.notFound') : title);

  return (
    <>
      <Link className="back-link" to={links.imports()}>
        {t('imports.job.back')}
      </Link>
      <PageHeading>{notFound ? t('imports.job.notFound') : title}</PageHeading>
      {query.isPending && <p role="status">{t('imports.job.loading')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {job && (
        <>
          <SummaryList>
            <SummaryRow term={t('imports.job.file')}>{job.fileName}</SummaryRow>
            <SummaryRow term={t('imports.job.startedBy')}>
              {job.createdBy}, {formatDateTime(job.createdAt, language)}
            </SummaryRow>
            <SummaryRow term={t('imports.job.status')}>
              <ImportStatusTag status={job.status} />
            </SummaryRow>
          </SummaryList>
          {isFinished(job.status) ? <ImportResult job={job} /> : <ImportProgress job={job} />}
          {isFinished(job.status) && (
            <p>
              <Link to={links.imports()}>{t('imports.job.another')}</Link>
            </p>
          )}
        </>
      )}
    </>
  );
}
