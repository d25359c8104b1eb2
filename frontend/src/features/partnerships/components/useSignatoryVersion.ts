import { useState } from 'react';
import { useConflict } from '@/shared/components/ConflictNotice';
import { useSignatories } from '../api/listSignatories';
import type { Signatory } from '../model';

/** The signatory's current version, read again after a 412. */
export function useSignatoryVersion(partnershipId: string, signatory: Signatory) {
  const signatories = useSignatories(partnershipId);
  const conflict = useConflict();
  const [version, setVersion] = useState(signatory.version);
  const reload = () =>
    conflict.reload(async () => {
      const fresh = (await signatories.refetch()).data?.find((item) => item.id === signatory.id);
      if (fresh) setVersion(fresh.version);
    });
  return { version, conflict, reload };
}
