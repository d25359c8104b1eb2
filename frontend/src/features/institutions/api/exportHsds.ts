import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { DownloadedFile } from '@/shared/api/download';

export type HsdsKind = 'organizations' | 'services';

const PER_PAGE = 500;
/** a safety stop: 500 × 400 = 200 000 entries is far beyond any voivodeship */
const MAX_PAGES = 400;

/**
 * GET /api/v1/hsds/organizations or /services, every page (HSDS pages count from 1): the
 * directory as Open Referral HSDS 3.1 list items, saved as one JSON array. HSDS filters only
 * by words (`search`), so that is all of the directory search it takes.
 */
export function useHsdsExport() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ kind, search, today }: { kind: HsdsKind; search?: string; today: string }): Promise<DownloadedFile> => {
      const contents: unknown[] = [];
      for (let page = 1; page <= MAX_PAGES; page += 1) {
        const query = { page, per_page: PER_PAGE, search: search || undefined };
        // pages one after another: each answer says whether it was the last one
        const result =
          kind === 'organizations'
            ? // oxlint-disable-next-line no-await-in-loop
              unwrap(await client.GET('/api/v1/hsds/organizations', { params: { query } }))
            : // oxlint-disable-next-line no-await-in-loop
              unwrap(await client.GET('/api/v1/hsds/services', { params: { query } }));
        contents.push(...result.contents);
        if (result.last_page) break;
      }
      return {
        blob: new Blob([JSON.stringify(contents, null, 2)], { type: 'application/json' }),
        fileName: `synergia-hsds-${kind}-${today}.json`,
      };
    },
  });
}
