import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { downloadedFile, type DownloadedFile } from '@/shared/api/download';

/**
 * GET /api/v1/plans/{id}/document.pdf – the plan as a PDF for signature (each download is
 * audited). A problem+json answer is thrown as the error, never saved as a file.
 */
export function usePlanDocument() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (planId: string): Promise<DownloadedFile> =>
      downloadedFile(
        await client.GET('/api/v1/plans/{id}/document.pdf', {
          params: { path: { id: planId } },
          headers: { Accept: 'application/pdf, application/problem+json' },
          parseAs: 'blob',
        }),
        `plan-dzialania.pdf`,
      ),
  });
}
