import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { ApiError } from '@/shared/api/ApiError';
import { fileNameOf } from '@/shared/api/download';
import type { Problem } from '@/shared/api/types';
import type { InstitutionQuery } from './listInstitutions';

export type ExportQuery = Omit<InstitutionQuery, 'page' | 'size'>;

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** GET /api/v1/directory/export.csv – the entries matching a search, as the import's CSV format. */
export function useDirectoryCsvExport() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (query: ExportQuery): Promise<DownloadedFile> => {
      const result = await client.GET('/api/v1/directory/export.csv', {
        params: { query },
        headers: { Accept: 'text/csv, application/problem+json' },
        parseAs: 'blob',
      });
      if (!result.response.ok || !result.data) {
        // openapi-fetch reads an error body as JSON whatever parseAs says: the problem document
        const problem = typeof result.error === 'object' && result.error !== null ? (result.error as Problem) : undefined;
        throw new ApiError(result.response.status, problem);
      }
      return {
        blob: result.data as Blob,
        fileName: fileNameOf(result.response.headers.get('Content-Disposition'), 'synergia-instytucje.csv'),
      };
    },
  });
}
