import type { Problem } from './types';

/** A non-2xx answer of the Synergia API, carrying the RFC 9457 problem document when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && ('title' in value || 'status' in value);
}

/**
 * Turns an openapi-fetch result into the data or a thrown {@link ApiError}, so TanStack Query
 * sees failures as errors.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) {
    return result.data;
  }
  throw new ApiError(result.response.status, isProblem(result.error) ? result.error : undefined);
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** For answers without a body (204): throws an {@link ApiError} unless the response is a success. */
export function unwrapNoContent(result: { error?: unknown; response: Response }): void {
  if (result.response.ok) return;
  throw new ApiError(result.response.status, isProblem(result.error) ? result.error : undefined);
}
