import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { regionalKeys } from '../queryKeys';

export type MlwStage = Schemas['MlwStage'];
export type MlwGminaPage = Schemas['MlwGminaPage'];

export interface MlwGminaQuery {
  /** a voivodeship (2 digits) or powiat (4) */
  unit?: string;
  stage?: MlwStage;
  /** 0-based */
  page: number;
  size: number;
}

export const MLW_PAGE_SIZE = 20;
export const MLW_ALL = 2500;

/** GET /api/v1/regional/mlw-gminas – gminas with a Pakt, their stage since when, catalogue, ZSL, variant and signatories. */
export function useMlwGminas(query: MlwGminaQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: regionalKeys.mlwGminas(query),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/regional/mlw-gminas', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
