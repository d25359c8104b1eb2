import { useVersionConflict } from '@/shared/components/ConflictNotice';
import { useSignatories } from '../api/listSignatories';
import type { Signatory } from '../model';

/** The signatory's version a form saves on, read again (with the whole list) after a 412. */
export function useSignatoryVersion(partnershipId: string, signatory: Signatory) {
  const signatories = useSignatories(partnershipId);
  const { version, conflict, reload } = useVersionConflict(signatory.version);
  return {
    version,
    conflict,
    reload: () => reload(async () => (await signatories.refetch()).data?.find((item) => item.id === signatory.id)),
  };
}
