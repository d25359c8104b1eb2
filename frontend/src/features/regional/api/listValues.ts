import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { regionalKeys } from '../queryKeys';

export type ValuePage = Schemas['ValuePage'];
export type UnitValue = Schemas['UnitValue'];
export type TerritorialLevel = Schemas['TerritorialLevel'];

export interface ValuesQuery {
  indicator: string;
  level: TerritorialLevel;
  /** the parent unit: a voivodeship (2 digits) or a powiat (4) */
  unit?: string;
  period?: string;
}

/** the largest page the API gives: every unit of a voivodeship (or the nation's gminas) at once */
export const ALL_UNITS = 2500;

/**
 * GET /api/v1/regional/values – the figures of every unit of a level within a parent unit, in
 * one page (the map needs them all); the table sorts them in the browser.
 */
export function useRegionalValues(query: ValuesQuery | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: regionalKeys.values(query ?? {}),
    enabled: query !== undefined,
    // the operation also answers text/csv; asked for JSON, it is the page
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/regional/values', {
          params: { query: { ...query!, sort: 'name', page: 0, size: ALL_UNITS } },
          headers: { Accept: 'application/json, application/problem+json' },
          signal,
        }),
      ) as ValuePage,
    placeholderData: keepPreviousData,
  });
}
