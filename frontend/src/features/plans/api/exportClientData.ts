import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { downloadedFile, type DownloadedFile } from '@/shared/api/download';
import { todayIso } from '@/shared/format/dates';

/**
 * GET /api/v1/clients/{id}/export – everything held about the person (GDPR art. 15 and 20), as
 * JSON, saved as a file named by id and date only (data-protection officer; each export audited).
 */
export function useClientDataExport() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (clientId: string): Promise<DownloadedFile> =>
      downloadedFile(
        await client.GET('/api/v1/clients/{id}/export', {
          params: { path: { id: clientId } },
          parseAs: 'blob',
        }),
        `dane-osobowe-${clientId}-${todayIso()}.json`,
      ),
  });
}
