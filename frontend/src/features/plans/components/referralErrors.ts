import type { TFunction } from 'i18next';
import { isApiError } from '@/shared/api/ApiError';
import { submissionErrors } from '@/shared/forms/apiErrors';
import type { FormError } from '@/shared/forms/formErrors';

/**
 * A failed answer to a referral as form errors: 409 (someone answered or withdrew it first) and
 * 404 (no longer addressed to or sent by the caller's institution) in the referral's own words;
 * anything else as every other form of the feature says it.
 */
export function referralActionErrors(error: unknown, keys: readonly string[], t: TFunction): FormError[] {
  if (isApiError(error, 409)) return [{ field: '', code: 'http-409', message: t('referral.changedMeanwhile') }];
  if (isApiError(error, 404)) return [{ field: '', code: 'http-404', message: t('referral.gone') }];
  if (isApiError(error, 403)) return [{ field: '', code: 'http-403', message: t('referral.forbidden') }];
  return submissionErrors(error, keys, t);
}
