import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { recommendationKeys } from '../model';

export type RecommendationRequest = Schemas['RecommendationRequest'];

/** POST /api/v1/recommendations – the ROPS issues a recommendation to a gmina or powiat of its voivodeship. */
export function useIssueRecommendation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RecommendationRequest) => unwrap(await client.POST('/api/v1/recommendations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recommendationKeys.all }),
  });
}
