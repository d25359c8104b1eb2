import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { ApiClient } from '@/shared/api/client';
import { partnershipKeys, type Stakeholder } from '../model';

export async function fetchStakeholder(client: ApiClient, id: string, stakeholderId: string, signal?: AbortSignal): Promise<Stakeholder> {
  return unwrap(
    await client.GET('/api/v1/partnerships/{id}/stakeholders/{stakeholderId}', { params: { path: { id, stakeholderId } }, signal }),
  );
}

/** GET /api/v1/partnerships/{id}/stakeholders/{stakeholderId} – one entry of the catalogue. */
export function useStakeholder(id: string, stakeholderId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.stakeholder(id, stakeholderId),
    queryFn: ({ signal }) => fetchStakeholder(client, id, stakeholderId, signal),
  });
}
