import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '@/shared/api/download';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { todayIso } from '@/shared/format/dates';
import type { DownloadedFile } from '@/shared/api/download';
import { useDirectoryCsvExport, type ExportQuery } from '../api/exportDirectoryCsv';
import { useHsdsExport, type HsdsKind } from '../api/exportHsds';

interface ExportPanelProps {
  /** the current search as the API names it (paging left out: the file holds every result) */
  query: ExportQuery;
  totalItems: number | undefined;
}

type Which = 'csv' | HsdsKind;

/**
 * Downloads of the current search: CSV with every filter (the import's format), and the
 * Open Referral HSDS 3.1 lists. Fetched with the user's token, then saved from memory.
 */
export function ExportPanel({ query, totalItems }: ExportPanelProps) {
  const { t } = useTranslation();
  const csv = useDirectoryCsvExport();
  const hsds = useHsdsExport();
  const [running, setRunning] = useState<Which | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const done = (file: DownloadedFile) => {
    saveFile(file.blob, file.fileName);
    setSaved(file.fileName);
    setRunning(null);
  };
  const failed = (reason: unknown) => {
    setError(reason);
    setRunning(null);
  };
  const start = (which: Which) => {
    setRunning(which);
    setSaved(null);
    setError(null);
    if (which === 'csv') csv.mutate(query, { onSuccess: done, onError: failed });
    else hsds.mutate({ kind: which, search: query.q, today: todayIso() }, { onSuccess: done, onError: failed });
  };
  const busy = running !== null;

  return (
    <section className="section export-panel" aria-labelledby="export-heading">
      <h2 id="export-heading" className="heading-s">
        {t('export.heading')}
      </h2>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => start('csv')} disabled={busy}>
          {totalItems === undefined ? t('export.csv') : t('export.csvCount', { count: totalItems })}
        </button>
      </div>
      <p className="hint">{t('export.csvHint')}</p>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => start('organizations')} disabled={busy}>
          {t('export.hsdsOrganizations')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => start('services')} disabled={busy}>
          {t('export.hsdsServices')}
        </button>
      </div>
      <p className="hint">{t('export.hsdsHint')}</p>
      <p role="status" className="export-panel__status">
        {running ? t('export.preparing') : saved ? t('export.saved', { fileName: saved }) : ''}
      </p>
      {error !== null && <ApiErrorMessage error={error} />}
    </section>
  );
}
