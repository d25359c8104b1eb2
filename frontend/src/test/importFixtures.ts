import type { Schemas } from '@/shared/api/types';

/** An import job as the API answers it (directory or need figures), queued unless told otherwise. */
export function importJob(overrides: Partial<Schemas['ImportJobResponse']>): Schemas['ImportJobResponse'] {
  return {
    id: 'c1000000-0000-4000-8000-000000000001',
    status: 'QUEUED',
    fileName: 'instytucje.csv',
    dryRun: false,
    totalRows: 5,
    processedRows: 0,
    writtenRows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errorCount: 0,
    errors: [],
    failureDetail: null,
    createdBy: 'Administrator Platformy',
    createdAt: '2026-11-23T10:00:00Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}
