import type { TFunction } from 'i18next';
import { ApiError } from '@/shared/api/ApiError';
import { problemToFormErrors, type FormError } from './formErrors';

/**
 * Any failure of a submission as form errors: the problem's errors[] attached to the form's
 * fields, otherwise one message for the whole form (no permission, gone, network, server).
 */
export function submissionErrors(error: unknown, keys: readonly string[], t: TFunction): FormError[] {
  if (!(error instanceof ApiError)) return [{ field: '', code: 'network', message: t('errors.network') }];
  const fieldErrors = problemToFormErrors(error.problem, keys);
  if (fieldErrors.length > 0) return fieldErrors;
  const general = (message: string): FormError[] => [{ field: '', code: `http-${error.status}`, message }];
  switch (error.status) {
    case 403:
      return general(t('errors.forbiddenChange'));
    case 404:
      return general(t('errors.goneBody'));
    case 401:
      return general(t('errors.sessionExpired'));
    default: {
      const detail = error.problem?.detail ?? error.problem?.title ?? '';
      return general(detail ? t('errors.serverWithDetail', { detail, status: error.status }) : t('errors.serverGeneric', { status: error.status }));
    }
  }
}
