import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { downloadedFile, type DownloadedFile } from '@/shared/api/download';

/**
 * GET /api/v1/partnerships/{id}/document.pdf – the agreement with the list of signatories as PDF;
 * without a version the signed one (else the newest).
 */
export function usePartnershipDocument(id: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (version?: number): Promise<DownloadedFile> =>
      downloadedFile(
        await client.GET('/api/v1/partnerships/{id}/document.pdf', {
          params: { path: { id }, query: { version } },
          headers: { Accept: 'application/pdf, application/problem+json' },
          parseAs: 'blob',
        }),
        version ? `porozumienie-wersja-${version}.pdf` : 'porozumienie.pdf',
      ),
  });
}
