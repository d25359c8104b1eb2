import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys, type PartnershipKind } from '../model';

export const PUBLIC_PAGE_SIZE = 20;

export interface PublicPartnershipQuery {
  /** TERYT prefix: voivodeship (2 digits), powiat (4) or gmina (7) */
  gmina?: string;
  kind?: PartnershipKind;
  /** 0-based */
  page: number;
}

/** GET /api/v1/public/partnerships – active partnerships and their signatories, without login. */
export function usePublicPartnerships({ gmina, kind, page }: PublicPartnershipQuery) {
  const client = useApiClient();
  const query = { gmina, kind, page, size: PUBLIC_PAGE_SIZE };
  return useQuery({
    queryKey: partnershipKeys.publicList(query),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/public/partnerships', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
