import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { links } from '@/shared/routes/links';
import { ApiError } from '@/shared/api/ApiError';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice } from '@/shared/forms/fields';
import { CsvFileField } from '@/shared/imports/CsvFileField';
import { useStartDirectoryImport } from '../api/startDirectoryImport';
import { useImportMessage } from '@/shared/imports/importMessages';

const MAX_BYTES = 10 * 1024 * 1024;
const FILE_ID = 'import-file';

/**
 * Choosing and sending a CSV file. The file as a whole (encoding, quoting, header row) is
 * checked by the API at once; its rows by the job the next page follows.
 */
export function ImportUploadForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartDirectoryImport();
  const importMessage = useImportMessage();
  const fileRef = useRef<HTMLInputElement>(null);
  const [dryRun, setDryRun] = useState(true);
  const [errors, setErrors] = useState<string[]>([]);
  const [errorKey, setErrorKey] = useState(0);

  const show = (messages: string[]) => {
    setErrors(messages);
    setErrorKey((key) => key + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return show([t('imports.form.noFile')]);
    if (file.size > MAX_BYTES) return show([t('imports.form.tooLarge')]);
    setErrors([]);
    start.mutate(
      { file, dryRun },
      {
        onSuccess: (job) => void navigate(links.importJob(job.id)),
        onError: (error) => {
          if (!(error instanceof ApiError)) return show([t('errors.network')]);
          const fieldErrors = error.problem?.errors ?? [];
          if (fieldErrors.length > 0) {
            // "file" is the file as a whole; any other field names a column of the header row
            return show(fieldErrors.map((item) => importMessage(item.code, item.field === 'file' ? null : item.field, item.message)));
          }
          if (error.status === 413) return show([t('imports.form.tooLargeServer', { detail: error.problem?.detail ?? '' })]);
          if (error.status === 403) return show([t('imports.forbidden')]);
          return show([error.problem?.detail ?? error.problem?.title ?? t('errors.serverGeneric', { status: error.status })]);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={start.isPending}>
      <ErrorSummary key={errorKey} items={errors.map((text) => ({ targetId: FILE_ID, text }))} />
      <CsvFileField id={FILE_ID} label={t('imports.form.file')} hint={t('imports.form.fileHint')} errors={errors} inputRef={fileRef} />
      <div className="choices form-group">
        <Choice
          id="import-dry-run"
          name="dryRun"
          type="checkbox"
          value="true"
          label={t('imports.form.dryRun')}
          hint={t('imports.form.dryRunHint')}
          checked={dryRun}
          onChange={setDryRun}
        />
      </div>
      <button type="submit" className="button" disabled={start.isPending}>
        {start.isPending ? t('imports.form.sending') : dryRun ? t('imports.form.check') : t('imports.form.import')}
      </button>
    </form>
  );
}
