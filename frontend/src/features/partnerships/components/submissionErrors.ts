import type { TFunction } from 'i18next';
import { ApiError } from '@/shared/api/ApiError';
import { submissionErrors } from '@/shared/forms/apiErrors';
import type { FormError } from '@/shared/forms/formErrors';

/**
 * A failed change of this feature as form errors. Like the shared mapping, but the whole-form
 * messages speak of partnerships: who may change one (403), a closed record or a state that does
 * not allow it (409), a missing record (404).
 */
export function partnershipSubmissionErrors(error: unknown, keys: readonly string[], t: TFunction): FormError[] {
  if (error instanceof ApiError && !(error.problem?.errors?.length)) {
    const general = (message: string): FormError[] => [{ field: '', code: `http-${error.status}`, message }];
    if (error.status === 403) return general(t('partnerships.errors.forbidden'));
    if (error.status === 404) return general(t('partnerships.errors.gone'));
    if (error.status === 409) return general(t('partnerships.errors.state'));
  }
  return submissionErrors(error, keys, t);
}
