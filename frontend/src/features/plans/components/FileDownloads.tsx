import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile, type DownloadedFile } from '@/shared/api/download';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';

export interface DownloadChoice {
  id: string;
  label: string;
  /** fetches the file; a problem answer rejects with the ApiError to show */
  fetch: () => Promise<DownloadedFile>;
}

/**
 * Buttons that fetch a file with the user's token and save it from memory. While one is being
 * prepared all are disabled and a status line says so; a problem+json answer is shown as an
 * error summary (never saved as a broken file).
 */
export function FileDownloads({ choices }: { choices: DownloadChoice[] }) {
  const { t } = useTranslation();
  const [running, setRunning] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const start = async (choice: DownloadChoice) => {
    setRunning(choice.id);
    setSaved(null);
    setError(null);
    try {
      const file = await choice.fetch();
      saveFile(file.blob, file.fileName);
      setSaved(file.fileName);
    } catch (reason: unknown) {
      setError(reason);
    } finally {
      setRunning(null);
    }
  };

  return (
    <>
      <div className="button-group">
        {choices.map((choice) => (
          <button key={choice.id} type="button" className="button button--secondary" onClick={() => void start(choice)} disabled={running !== null} aria-busy={running === choice.id}>
            {choice.label}
          </button>
        ))}
      </div>
      <p role="status" className="export-panel__status">
        {running ? t('export.preparing') : saved ? t('export.saved', { fileName: saved }) : ''}
      </p>
      {error !== null && <ApiErrorMessage error={error} />}
    </>
  );
}
