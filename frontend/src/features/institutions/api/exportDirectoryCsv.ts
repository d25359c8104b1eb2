import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { downloadedFile, type DownloadedFile } from '@/shared/api/download';
import type { InstitutionQuery } from './listInstitutions';

export type ExportQuery = Omit<InstitutionQuery, 'page' | 'size'>;

/** GET /api/v1/directory/export.csv – the entries matching a search, as the import's CSV format. */
export function useDirectoryCsvExport() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (query: ExportQuery): Promise<DownloadedFile> =>
      downloadedFile(
        await client.GET('/api/v1/directory/export.csv', {
          params: { query },
          headers: { Accept: 'text/csv, application/problem+json' },
          parseAs: 'blob',
        }),
        'synergia-instytucje.csv',
      ),
  });
}
