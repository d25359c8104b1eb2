import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { downloadedFile, type DownloadedFile } from '@/shared/api/download';

/** GET /api/v1/partnerships/{id}/zsl/meetings/{meetingId}/minutes.pdf – the minutes with the attendance list as PDF. */
export function useZslMinutes(id: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (meetingId: string): Promise<DownloadedFile> =>
      downloadedFile(
        await client.GET('/api/v1/partnerships/{id}/zsl/meetings/{meetingId}/minutes.pdf', {
          params: { path: { id, meetingId } },
          headers: { Accept: 'application/pdf, application/problem+json' },
          parseAs: 'blob',
        }),
        'protokol-zsl.pdf',
      ),
  });
}
