import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { notificationKeys } from '../model';

/** GET /api/v1/notification-preferences/institution – the defaults of the caller's institution. */
export function useInstitutionNotificationPreferences() {
  const client = useApiClient();
  return useQuery({
    queryKey: notificationKeys.institution,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/notification-preferences/institution', { signal })),
  });
}
