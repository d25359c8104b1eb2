import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/ApiError';
import { planKeys, type Referral } from '../model';

/**
 * Every answer to a referral is the referral as it now is: both boxes refresh, and so does its
 * plan (accepting makes it visible to the receiver, completing or withdrawing hides it again).
 */
export function useReferralChanged() {
  const queryClient = useQueryClient();
  return (referral: Referral) => {
    void queryClient.invalidateQueries({ queryKey: planKeys.referralsAll });
    void queryClient.invalidateQueries({ queryKey: planKeys.plan(referral.planId) });
    void queryClient.invalidateQueries({ queryKey: planKeys.due });
    void queryClient.invalidateQueries({ queryKey: planKeys.caseloadAll });
  };
}

/**
 * After a failed answer: a 409 or 404 means the referral changed (or went) meanwhile, so both
 * boxes load again and show it as it now is.
 */
export function useReferralsRefresh() {
  const queryClient = useQueryClient();
  return (error: unknown) => {
    if (isApiError(error, 409) || isApiError(error, 404)) void queryClient.invalidateQueries({ queryKey: planKeys.referralsAll });
  };
}
