import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { usePlanChanged } from './usePlanChanged';

export type DiagnosisRequest = Schemas['DiagnosisRequest'];

/** POST /api/v1/plans/{id}/diagnoses – a socio-professional diagnosis (a team institution). */
export function useAddDiagnosis(planId: string) {
  const client = useApiClient();
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: async (body: DiagnosisRequest) =>
      unwrap(await client.POST('/api/v1/plans/{id}/diagnoses', { params: { path: { id: planId } }, body })),
    onSuccess: changed,
  });
}
