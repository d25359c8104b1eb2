import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { useSignatories } from '../api/listSignatories';
import type { WithdrawalResponse } from '../api/withdrawSignatory';
import type { Partnership } from '../model';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { InvitationActionConfirm } from './InvitationActionConfirm';
import { InviteSignatoryForm } from './InviteSignatoryForm';
import { SignatoryRow, type OpenSignatoryAction } from './SignatoryRow';
import { WithdrawSignatoryForm } from './WithdrawSignatoryForm';

interface SignatoriesSectionProps {
  partnership: Partnership;
  onAnnounce: (message: string) => void;
  /** a withdrawal that dissolved the partnership: the page shows the API's explanation prominently */
  onDissolved: (result: WithdrawalResponse) => void;
}

/**
 * Signatories and invitations. Each row offers only what the API says this caller may do with
 * it (`actions`); inviting needs `permissions.manage`.
 */
export function SignatoriesSection({ partnership, onAnnounce, onDissolved }: SignatoriesSectionProps) {
  const { t } = useTranslation();
  const query = useSignatories(partnership.id);
  const [open, setOpen] = useState<OpenSignatoryAction | null>(null);
  const signatories = query.data ?? [];
  const joined = signatories.filter((signatory) => signatory.status === 'JOINED').length;
  const done = (message: string) => {
    setOpen(null);
    onAnnounce(message);
  };

  return (
    <section aria-labelledby="signatories-heading" className="section">
      <h2 id="signatories-heading" className="heading-m">
        {t('partnerships.signatories.heading')}
      </h2>
      <p>{t('partnerships.signatories.joinedCount', { count: joined })}</p>
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {signatories.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="signatories-caption" tabIndex={0}>
          <table className="table table--compact">
            <caption id="signatories-caption" className="table__caption table__caption--s visually-hidden">
              {t('partnerships.signatories.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('partnerships.signatories.column.signatory')}</th>
                <th scope="col">{t('partnerships.signatories.column.representative')}</th>
                <th scope="col">{t('partnerships.signatories.column.status')}</th>
                <th scope="col">{t('partnerships.signatories.column.dates')}</th>
                <th scope="col">{t('partnerships.signatories.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {signatories.map((signatory) => (
                <SignatoryRow key={signatory.id} signatory={signatory} open={open} onAction={(action) => setOpen({ action, signatory })} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open?.action === 'ACCEPT' && (
        <AcceptInvitationForm key={open.signatory.id} partnership={partnership} signatory={open.signatory} onDone={done} onCancel={() => setOpen(null)} />
      )}
      {open?.action === 'WITHDRAW' && (
        <WithdrawSignatoryForm
          key={open.signatory.id}
          partnership={partnership}
          signatory={open.signatory}
          onCancel={() => setOpen(null)}
          onWithdrawn={(result) => {
            setOpen(null);
            if (result.dissolution) onDissolved(result);
            else onAnnounce(t('partnerships.signatories.withdrawn', { name: result.signatory.displayName, count: result.joinedSignatories }));
          }}
        />
      )}
      {(open?.action === 'DECLINE' || open?.action === 'CANCEL') && (
        <InvitationActionConfirm
          key={`${open.action}-${open.signatory.id}`}
          partnership={partnership}
          signatory={open.signatory}
          action={open.action}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      )}
      {partnership.permissions.manage && partnership.status !== 'DISSOLVED' && (
        <InviteSignatoryForm partnership={partnership} signatories={signatories} onInvited={onAnnounce} />
      )}
    </section>
  );
}
