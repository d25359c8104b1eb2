import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Notification } from '@/shared/components/Notification';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import type { ImportJob } from './types';
import { useImportMessage, useKnownImportCode } from './importMessages';

/** The outcome of a finished import: the counts, or why nothing was written with the row errors by line. */
export function ImportResult({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const importMessage = useImportMessage();
  const knownCode = useKnownImportCode();
  const captionId = useId();

  if (job.status === 'SUCCEEDED') {
    return (
      <>
        <Notification variant="success" focus title={job.dryRun ? t('imports.result.dryRunTitle') : t('imports.result.doneTitle')}>
          <p className="notification__heading">{job.dryRun ? t('imports.result.dryRunBody') : t('imports.result.doneBody')}</p>
        </Notification>
        <h2 className="heading-m">{job.dryRun ? t('imports.result.wouldHeading') : t('imports.result.countsHeading')}</h2>
        <SummaryList>
          <SummaryRow term={t('imports.result.rows')}>{String(job.totalRows)}</SummaryRow>
          <SummaryRow term={job.dryRun ? t('imports.result.wouldCreate') : t('imports.result.created')}>{String(job.created)}</SummaryRow>
          <SummaryRow term={job.dryRun ? t('imports.result.wouldUpdate') : t('imports.result.updated')}>{String(job.updated)}</SummaryRow>
          <SummaryRow term={t('imports.result.unchanged')}>{String(job.unchanged)}</SummaryRow>
        </SummaryList>
      </>
    );
  }

  return (
    <>
      <div className="error-summary" role="alert" aria-labelledby="import-failed-title" tabIndex={-1}>
        <h2 id="import-failed-title" className="error-summary__title">
          {t('imports.result.failedTitle')}
        </h2>
        <p>{job.errorCount > 0 ? t('imports.result.failedRows', { count: job.errorCount }) : t('imports.result.failedBody')}</p>
        {job.failureDetail && <p lang="en">{job.failureDetail}</p>}
      </div>
      {job.errors.length > 0 && (
        <>
          {job.errorCount > job.errors.length && (
            <p>{t('imports.result.firstErrors', { shown: job.errors.length, count: job.errorCount })}</p>
          )}
          <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="table">
              <caption id={captionId} className="table__caption">
                {t('imports.result.errorsCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('imports.result.line')}</th>
                  <th scope="col">{t('imports.result.column')}</th>
                  <th scope="col">{t('imports.result.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {job.errors.map((error, index) => (
                  <tr key={`${error.line}-${error.column ?? ''}-${index}`}>
                    <th scope="row">{error.line}</th>
                    <td>{error.column ? <span className="code">{error.column}</span> : t('imports.result.wholeRow')}</td>
                    <td>
                      {importMessage(error.code, error.column, error.message)}
                      {!knownCode(error.code) && (
                        <>
                          <br />
                          <span className="secondary-text code" lang="en">
                            {error.code}: {error.message}
                          </span>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
