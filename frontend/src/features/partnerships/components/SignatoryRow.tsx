import { useTranslation } from 'react-i18next';
import { Tag } from '@/shared/components/Tag';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { useLabels } from '@/shared/i18n/labels';
import type { Signatory } from '../model';
import { SignatoryStatusTag } from './StatusTags';

export type SignatoryAction = Signatory['actions'][number];

export interface OpenSignatoryAction {
  action: SignatoryAction;
  signatory: Signatory;
}

interface SignatoryRowProps {
  signatory: Signatory;
  onAction: (action: SignatoryAction) => void;
  /** the action whose form is open below the table, if any */
  open: OpenSignatoryAction | null;
}

/** One signatory: who, their representative, status, dates and the buttons of what the API allows this caller. */
export function SignatoryRow({ signatory, onAction, open }: SignatoryRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useLabels();
  const actionLabel = (action: SignatoryAction): string => {
    const person = signatory.person !== null && signatory.person !== undefined;
    if (action === 'ACCEPT') return person ? t('partnerships.signatories.action.ACCEPT_PERSON') : t('partnerships.signatories.action.ACCEPT');
    if (action === 'WITHDRAW') return person ? t('partnerships.signatories.action.WITHDRAW_PERSON') : t('partnerships.signatories.action.WITHDRAW');
    return t(`partnerships.signatories.action.${action}`);
  };
  return (
    <tr>
      <th scope="row">
        {signatory.displayName}{' '}
        {signatory.initiator && <Tag variant="blue">{t('partnerships.signatories.initiator')}</Tag>}
        <div className="secondary-text">
          {signatory.person
            ? t('partnerships.signatories.privatePerson', { function: signatory.person.function })
            : labels.institutionType(signatory.institution?.type)}
        </div>
      </th>
      <td>
        {signatory.representative ? (
          <>
            {signatory.representative.name}
            {signatory.representative.function && <div className="secondary-text">{signatory.representative.function}</div>}
          </>
        ) : (
          <span className="secondary-text">{t('partnerships.signatories.noRepresentative')}</span>
        )}
      </td>
      <td>
        <SignatoryStatusTag status={signatory.status} />
      </td>
      <td>
        <ul className="list list--compact">
          <li>{t('partnerships.signatories.invitedOn', { date: formatDate(signatory.invitedAt.slice(0, 10), language), name: signatory.invitedBy })}</li>
          {signatory.joinedOn && <li>{t('partnerships.signatories.joinedOn', { date: formatDate(signatory.joinedOn, language) })}</li>}
          {signatory.withdrawnOn && <li>{t('partnerships.signatories.withdrawnOn', { date: formatDate(signatory.withdrawnOn, language) })}</li>}
          {signatory.withdrawalReason && <li>{t('partnerships.signatories.reason', { reason: signatory.withdrawalReason })}</li>}
        </ul>
      </td>
      <td>
        {signatory.actions.length > 0 ? (
          <div className="button-group button-group--compact">
            {signatory.actions.map((action) => (
              <button
                key={action}
                type="button"
                className={`button button--small${action === 'ACCEPT' ? '' : ' button--secondary'}`}
                aria-expanded={open?.signatory.id === signatory.id && open.action === action}
                aria-label={`${actionLabel(action)}: ${signatory.displayName}`}
                onClick={() => onAction(action)}
              >
                {actionLabel(action)}
              </button>
            ))}
          </div>
        ) : (
          <span className="secondary-text">{t('partnerships.signatories.noActions')}</span>
        )}
      </td>
    </tr>
  );
}
