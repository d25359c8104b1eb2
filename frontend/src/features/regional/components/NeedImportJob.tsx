import { useTranslation } from 'react-i18next';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { formatDateTime } from '@/shared/format/dates';
import { ImportProgress } from '@/shared/imports/ImportProgress';
import { ImportResult } from '@/shared/imports/ImportResult';
import { ImportStatusTag } from '@/shared/imports/ImportStatusTag';
import { isFinished } from '@/shared/imports/types';
import { useLanguage } from '@/shared/i18n/i18n';
import { useNeedImport, type NeedImport } from '../api/getNeedImport';

/** A need import followed while it runs (polled every second): its progress, then its counts or row errors by line and column. */
export function NeedImportJob({ id, children }: { id: string; children?: (response: NeedImport) => React.ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useNeedImport(id);
  if (query.isPending) return <p role="status">{t('regional.imports.job.loading')}</p>;
  if (query.isError) return <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const { job } = query.data;
  return (
    <div className="regional-section" data-job={job.id}>
      <SummaryList>
        <SummaryRow term={t('regional.imports.history.file')}>{job.fileName}</SummaryRow>
        <SummaryRow term={t('regional.imports.history.who')}>
          {job.createdBy}, {formatDateTime(job.createdAt, language)}
        </SummaryRow>
        <SummaryRow term={t('regional.imports.history.status')}>
          <ImportStatusTag status={job.status} />
          {job.dryRun && <span className="secondary-text"> ({t('regional.imports.history.dryRun')})</span>}
        </SummaryRow>
      </SummaryList>
      {isFinished(job.status) ? <ImportResult job={job} /> : <ImportProgress job={job} />}
      {isFinished(job.status) && children?.(query.data)}
    </div>
  );
}
