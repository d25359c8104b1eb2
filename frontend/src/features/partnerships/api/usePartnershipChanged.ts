import { useQueryClient } from '@tanstack/react-query';
import { partnershipKeys, type Partnership } from '../model';

/**
 * After any change: the partnership (when the API answered it) becomes the cached detail, and
 * everything else about it (signatories, versions, history, ZSL …) and the lists are fetched again.
 */
export function usePartnershipChanged(id: string) {
  const queryClient = useQueryClient();
  return (partnership?: Partnership) => {
    if (partnership) queryClient.setQueryData(partnershipKeys.detail(partnership.id), partnership);
    void queryClient.invalidateQueries({
      queryKey: partnershipKeys.one(id),
      predicate: (query) => !partnership || query.queryKey[2] !== 'detail',
    });
    void queryClient.invalidateQueries({ queryKey: partnershipKeys.lists });
    void queryClient.invalidateQueries({ queryKey: ['public-partnerships'] });
  };
}
