import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { downloadedFile, type DownloadedFile } from '@/shared/api/download';

/** GET /api/v1/directory/import-template.csv – the import's header row and one example row. */
export function useImportTemplate() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (): Promise<DownloadedFile> =>
      downloadedFile(
        await client.GET('/api/v1/directory/import-template.csv', {
          headers: { Accept: 'text/csv, application/problem+json' },
          parseAs: 'blob',
        }),
        'synergia-instytucje-szablon.csv',
      ),
  });
}
