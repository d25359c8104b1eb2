import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';

export type Me = Schemas['MeResponse'];
export type Permission = Schemas['Permission'];

export const meQueryKey = ['me'] as const;

/** GET /api/v1/me – who is calling, their institution, roles and permissions. */
export function useMe() {
  const client = useApiClient();
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/me', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function hasPermission(me: Me | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}
