import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/shared/api/ApiError';
import { hasPermission, type Me } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { useImportMessage } from '@/shared/imports/importMessages';
import { CsvFileField } from '@/shared/imports/CsvFileField';
import { ImportHistory } from '@/shared/imports/ImportHistory';
import { links } from '@/shared/routes/links';
import { useNeedImport } from '../api/getNeedImport';
import { useNeedImports } from '../api/listNeedImports';
import { useStartNeedImport } from '../api/startNeedImport';
import { NeedImportJob } from '../components/NeedImportJob';
import { RefreshStatus } from '../components/RefreshStatus';
import { RegionalAccess } from '../components/RegionalAccess';
import { RegionalNav } from '../components/RegionalNav';
import '../regional.css';

const MAX_BYTES = 5 * 1024 * 1024;
const FILE_ID = 'need-import-file';

/** The need import: a dry run first (row errors by line and column), then the import itself with its progress, then the refresh. */
export function NeedImportsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('regional.imports.title'));
  return (
    <>
      <PageHeading>{t('regional.imports.title')}</PageHeading>
      <RegionalNav />
      <RegionalAccess>{(me) => <NeedImports me={me} />}</RegionalAccess>
    </>
  );
}

function NeedImports({ me }: { me: Me }) {
  const { t } = useTranslation();
  const start = useStartNeedImport();
  const importMessage = useImportMessage();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [jobId, setJobId] = useState<string>();
  // the same query as the job shown (one cache entry): once a real import has finished, the
  // refresh status waits for need figures computed after it
  const current = useNeedImport(jobId);
  const finishedJob = current.data?.job;
  const importedAt =
    finishedJob && !finishedJob.dryRun && finishedJob.status === 'SUCCEEDED' ? (finishedJob.finishedAt ?? finishedJob.createdAt) : undefined;
  const [errors, setErrors] = useState<string[]>([]);
  const [errorKey, setErrorKey] = useState(0);

  const show = (messages: string[]) => {
    setErrors(messages);
    setErrorKey((key) => key + 1);
  };

  const send = (chosen: File, dryRun: boolean) => {
    setErrors([]);
    start.mutate(
      { file: chosen, dryRun },
      {
        onSuccess: (response) => setJobId(response.job.id),
        onError: (error) => {
          if (!(error instanceof ApiError)) return show([t('errors.network')]);
          const fieldErrors = error.problem?.errors ?? [];
          if (fieldErrors.length > 0) {
            return show(fieldErrors.map((item) => importMessage(item.code, item.field === 'file' ? null : item.field, item.message)));
          }
          return show([error.problem?.detail ?? error.problem?.title ?? t('errors.serverGeneric', { status: error.status })]);
        },
      },
    );
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    const chosen = fileRef.current?.files?.[0];
    if (!chosen) return show([t('regional.imports.noFile')]);
    if (chosen.size > MAX_BYTES) return show([t('regional.imports.tooLarge')]);
    setFile(chosen);
    setJobId(undefined);
    send(chosen, true);
  };

  const reset = () => {
    setJobId(undefined);
    setFile(undefined);
    setErrors([]);
  };

  return (
    <>
      <p className="lead lead--s">{t('regional.imports.lead')}</p>
      <p className="hint">{t('regional.imports.format')}</p>
      {!jobId && (
        <form className="form" onSubmit={check} noValidate aria-busy={start.isPending}>
          <ErrorSummary key={errorKey} items={errors.map((text) => ({ targetId: FILE_ID, text }))} />
          <CsvFileField id={FILE_ID} label={t('regional.imports.file')} hint={t('regional.imports.fileHint')} errors={errors} inputRef={fileRef} />
          <button type="submit" className="button" disabled={start.isPending}>
            {start.isPending ? t('regional.imports.sending') : t('regional.imports.check')}
          </button>
        </form>
      )}
      {jobId && (
        <NeedImportJob key={jobId} id={jobId}>
          {(response) => (
            <>
              {response.job.dryRun && response.job.status === 'SUCCEEDED' && file && (
                <div className="form-group">
                  <p>{t('regional.imports.importNowHint')}</p>
                  {errors.length > 0 && <ApiErrorMessage error={start.error} />}
                  <button type="button" className="button" disabled={start.isPending} onClick={() => send(file, false)}>
                    {start.isPending ? t('regional.imports.sending') : t('regional.imports.importNow')}
                  </button>
                </div>
              )}
              <p>
                <button type="button" className="button button--secondary" onClick={reset}>
                  {t('regional.imports.checkAnother')}
                </button>
              </p>
            </>
          )}
        </NeedImportJob>
      )}
      <RefreshStatus importedAt={importedAt} canRefresh={hasPermission(me, 'REGIONAL_REFRESH')} />
      <h2 className="heading-m">{t('regional.imports.history.heading')}</h2>
      <History />
    </>
  );
}

function History() {
  const { t } = useTranslation();
  const query = useNeedImports();
  if (query.isPending) return <p role="status">{t('regional.loading')}</p>;
  if (query.isError) return <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <p>{t('regional.imports.history.empty')}</p>;
  return <ImportHistory jobs={query.data.items.map((item) => item.job)} caption={t('regional.imports.history.caption')} jobLink={links.regionalImport} />;
}
