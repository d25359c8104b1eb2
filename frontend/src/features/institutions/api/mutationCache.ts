import { useQueryClient } from '@tanstack/react-query';
import { institutionKeys, type Institution } from './getInstitution';

/**
 * After any change the API answers the whole entry: it becomes the cached detail at once,
 * and lists and history are fetched again when next shown.
 */
export function useStoreChangedInstitution() {
  const queryClient = useQueryClient();
  return (institution: Institution) => {
    queryClient.setQueryData(institutionKeys.detail(institution.id), institution);
    void queryClient.invalidateQueries({ queryKey: institutionKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: institutionKeys.history(institution.id) });
    // "who offers it" lists of the catalogue depend on offerings and on the active flag
    void queryClient.invalidateQueries({ queryKey: ['offerings'] });
  };
}
