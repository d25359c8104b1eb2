import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { downloadedFile, type DownloadedFile } from '@/shared/api/download';

/** GET /api/v1/regional/rpw/{voivodeship}/meetings/{meetingId}/minutes.pdf – the minutes of an RPW meeting. */
export function useRpwMinutes(voivodeship: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (meetingId: string): Promise<DownloadedFile> =>
      downloadedFile(
        await client.GET('/api/v1/regional/rpw/{voivodeship}/meetings/{meetingId}/minutes.pdf', {
          params: { path: { voivodeship, meetingId } },
          headers: { Accept: 'application/pdf, application/problem+json' },
          parseAs: 'blob',
        }),
        `protokol-rpw-${meetingId}.pdf`,
      ),
  });
}
