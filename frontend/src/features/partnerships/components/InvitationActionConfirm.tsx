import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { ConflictNotice } from '@/shared/components/ConflictNotice';
import { useCancelInvitation } from '../api/cancelInvitation';
import { useDeclineInvitation } from '../api/declineInvitation';
import type { Partnership, Signatory } from '../model';
import { useSignatoryVersion } from './useSignatoryVersion';

interface InvitationActionConfirmProps {
  partnership: Partnership;
  signatory: Signatory;
  action: 'DECLINE' | 'CANCEL';
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Declining (the invitee) or cancelling (the partners) an invitation: one confirmation, focused when shown. */
export function InvitationActionConfirm({ partnership, signatory, action, onDone, onCancel }: InvitationActionConfirmProps) {
  const { t } = useTranslation();
  const decline = useDeclineInvitation(partnership.id);
  const cancel = useCancelInvitation(partnership.id);
  const mutation = action === 'DECLINE' ? decline : cancel;
  const { version, conflict, reload } = useSignatoryVersion(partnership.id, signatory);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const confirm = () =>
    mutation.mutate(
      { signatoryId: signatory.id, version },
      {
        onSuccess: () =>
          onDone(action === 'DECLINE' ? t('partnerships.signatories.declined', { name: signatory.displayName }) : t('partnerships.signatories.cancelled', { name: signatory.displayName })),
        onError: (error) => {
          if (isApiError(error, 412)) conflict.stale();
        },
      },
    );
  return (
    <div ref={ref} className="confirm-panel" role="group" aria-labelledby="invitation-action-heading" tabIndex={-1}>
      <h3 id="invitation-action-heading" className="heading-s">
        {action === 'DECLINE' ? t('partnerships.signatories.declineHeading', { name: signatory.displayName }) : t('partnerships.signatories.cancelHeading', { name: signatory.displayName })}
      </h3>
      <ConflictNotice level={4} state={conflict.state} reloading={conflict.reloading} onReload={() => void reload()} />
      {mutation.isError && !isApiError(mutation.error, 412) && <ApiErrorMessage error={mutation.error} />}
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={confirm} disabled={mutation.isPending}>
          {action === 'DECLINE' ? t('partnerships.signatories.declineSubmit') : t('partnerships.signatories.cancelSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('partnerships.signatories.keep')}
        </button>
      </div>
    </div>
  );
}
