import { useQueryClient } from '@tanstack/react-query';
import { planKeys, type DataSubjectRequest } from '../model';

/** Every move of a request answers the whole request: it becomes the cached one, and the lists and the person's page refresh. */
export function useRequestChanged() {
  const queryClient = useQueryClient();
  return (request: DataSubjectRequest) => {
    queryClient.setQueryData(planKeys.dpoRequest(request.id), request);
    void queryClient.invalidateQueries({ queryKey: planKeys.dpoRequestsAll });
    // an erasure or a restriction changes what the person's pages show
    void queryClient.invalidateQueries({ queryKey: planKeys.client(request.client.id) });
  };
}
