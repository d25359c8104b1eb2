import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { downloadedFile, type DownloadedFile } from '@/shared/api/download';

/** GET /api/v1/regional/report.pdf – the voivodeship's report for an RPW meeting. */
export function useRegionalReport() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (voivodeship: string): Promise<DownloadedFile> =>
      downloadedFile(
        await client.GET('/api/v1/regional/report.pdf', {
          params: { query: { voivodeship } },
          headers: { Accept: 'application/pdf, application/problem+json' },
          parseAs: 'blob',
        }),
        `raport-rpw-${voivodeship}.pdf`,
      ),
  });
}
