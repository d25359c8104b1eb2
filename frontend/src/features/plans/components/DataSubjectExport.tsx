import { useTranslation } from 'react-i18next';
import { useClientDataExport } from '../api/exportClientData';
import { useClientDataPdfExport } from '../api/exportClientDataPdf';
import { FileDownloads } from './FileDownloads';

/**
 * The data-subject export for the data-protection officer (DATA_SUBJECT_EXPORT): what the
 * institution holds about the person, as JSON or as a PDF in Polish. The API records each export.
 */
export function DataSubjectExport({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const json = useClientDataExport();
  const pdf = useClientDataPdfExport();
  return (
    <section aria-labelledby="data-export-heading" className="section">
      <h2 id="data-export-heading" className="heading-m">
        {t('dataExport.heading')}
      </h2>
      <p>{t('dataExport.lead')}</p>
      <p className="hint">{t('dataExport.recorded')}</p>
      <FileDownloads
        choices={[
          { id: 'json', label: t('dataExport.json'), fetch: () => json.mutateAsync(clientId) },
          { id: 'pdf', label: t('dataExport.pdf'), fetch: () => pdf.mutateAsync(clientId) },
        ]}
      />
    </section>
  );
}
