import { useQueryClient } from '@tanstack/react-query';
import { planKeys, type Plan } from '../model';

/** Every change of a plan answers the whole plan: it becomes the cached plan, and due lists refresh. */
export function usePlanChanged() {
  const queryClient = useQueryClient();
  return (plan: Plan) => {
    queryClient.setQueryData(planKeys.plan(plan.id), plan);
    void queryClient.invalidateQueries({ queryKey: planKeys.due });
    void queryClient.invalidateQueries({ queryKey: planKeys.client(plan.client.id) });
  };
}
