import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { recommendationKeys, type RecommendationStatus } from '../model';

/** POST /api/v1/recommendations/{id}/status – a coordinator of an addressee acknowledges, then closes it (If-Match). */
export function useMoveRecommendation(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, status, reason }: { version: number; status: RecommendationStatus; reason?: string }) =>
      unwrap(
        await client.POST('/api/v1/recommendations/{id}/status', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: { status, reason: reason?.trim() ? reason.trim() : undefined },
        }),
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(recommendationKeys.one(id), data);
      void queryClient.invalidateQueries({ queryKey: recommendationKeys.all });
    },
  });
}
