import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ifMatch } from '../model';
import { usePartnershipChanged } from './usePartnershipChanged';

export type VersionRequest = Schemas['VersionRequest'];

/**
 * POST /api/v1/partnerships/{id}/versions – a new version of the whole text: a draft (DRAFT,
 * CONSULTATION) or an amendment (ACTIVE). If-Match: the partnership's version.
 */
export function useAddPartnershipVersion(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: VersionRequest }) =>
      unwrap(
        await client.POST('/api/v1/partnerships/{id}/versions', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => changed(),
  });
}
