import type { Schemas } from '@/shared/api/types';

/** A CSV import job (directory or need figures): status, progress, counts and row errors. */
export type ImportJob = Schemas['ImportJobResponse'];
export type ImportStatus = Schemas['ImportStatus'];

export function isFinished(status: ImportStatus | undefined): boolean {
  return status === 'SUCCEEDED' || status === 'FAILED';
}
