import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile, type DownloadedFile } from '@/shared/api/download';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';

interface DownloadButtonProps {
  children: ReactNode;
  onDownload: () => Promise<DownloadedFile>;
  secondary?: boolean;
  small?: boolean;
}

/**
 * A PDF of the API: fetched with the user's token (a plain link cannot send it), then saved from
 * memory. Says when it is being prepared, what was saved, or why it failed.
 */
export function DownloadButton({ children, onDownload, secondary = true, small = false }: DownloadButtonProps) {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const start = async () => {
    setRunning(true);
    setSaved(null);
    setError(null);
    try {
      const file = await onDownload();
      saveFile(file.blob, file.fileName);
      setSaved(file.fileName);
    } catch (reason) {
      setError(reason);
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="download">
      <button
        type="button"
        className={`button${secondary ? ' button--secondary' : ''}${small ? ' button--small' : ''}`}
        onClick={() => void start()}
        disabled={running}
      >
        {children}
      </button>
      <p role="status" className="hint download__status">
        {running ? t('partnerships.download.preparing') : saved ? t('partnerships.download.saved', { fileName: saved }) : ''}
      </p>
      {error !== null && <ApiErrorMessage error={error} />}
    </div>
  );
}
