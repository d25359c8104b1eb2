import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { downloadedFile, type DownloadedFile } from '@/shared/api/download';
import { todayIso } from '@/shared/format/dates';

/**
 * GET /api/v1/clients/{id}/export.pdf – the data-subject export as a PDF in Polish for the person
 * to keep (data-protection officer; each export audited).
 */
export function useClientDataPdfExport() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (clientId: string): Promise<DownloadedFile> =>
      downloadedFile(
        await client.GET('/api/v1/clients/{id}/export.pdf', {
          params: { path: { id: clientId } },
          headers: { Accept: 'application/pdf, application/problem+json' },
          parseAs: 'blob',
        }),
        `dane-osobowe-${clientId}-${todayIso()}.pdf`,
      ),
  });
}
