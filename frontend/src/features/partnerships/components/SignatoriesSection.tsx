import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Tag } from '@/shared/components/Tag';
import { WarningText } from '@/shared/components/WarningText';
import { formatDate, isIsoDate, todayIso } from '@/shared/format/dates';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, DateField, Fieldset, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useLabels } from '@/shared/i18n/labels';
import { useAcceptInvitation } from '../api/acceptInvitation';
import { useCancelInvitation } from '../api/cancelInvitation';
import { useDeclineInvitation } from '../api/declineInvitation';
import { useInviteSignatory } from '../api/inviteSignatory';
import { useSignatories } from '../api/listSignatories';
import { useWithdrawSignatory, type WithdrawalResponse } from '../api/withdrawSignatory';
import type { Partnership, Signatory } from '../model';
import { ConflictNotice, useConflict } from '@/shared/components/ConflictNotice';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import { SignatoryStatusTag } from './StatusTags';
import { partnershipSubmissionErrors } from './submissionErrors';

type Action = 'ACCEPT' | 'DECLINE' | 'CANCEL' | 'WITHDRAW';

interface OpenAction {
  action: Action;
  signatory: Signatory;
}

/** The signatory's current version, read again after a 412. */
function useCurrentVersion(partnershipId: string, signatory: Signatory) {
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

const ACCEPT_FIELDS = ['representative.name', 'representative.function', 'joinedOn'] as const;
type AcceptField = (typeof ACCEPT_FIELDS)[number];
const acceptFieldId = (field: AcceptField) => `accept-${field.replace('.', '-')}`;

function AcceptForm({ partnership, signatory, onDone, onCancel }: { partnership: Partnership; signatory: Signatory; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation(partnership.id);
  const { version, conflict, reload } = useCurrentVersion(partnership.id, signatory);
  const person = signatory.person;
  const fieldId = acceptFieldId;
  const form = useFormErrors('acceptance', ACCEPT_FIELDS, fieldId, 'partnerships.signatories.acceptLabel');
  const [name, setName] = useState(person?.name ?? '');
  const [role, setRole] = useState(person?.function ?? '');
  const [joinedOn, setJoinedOn] = useState(todayIso());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!person && !name.trim()) errors.push({ field: 'representative.name', code: 'required' });
    if (!isIsoDate(joinedOn)) errors.push({ field: 'joinedOn', code: joinedOn ? 'not-a-date' : 'required' });
    else if (joinedOn > todayIso()) errors.push({ field: 'joinedOn', code: 'future' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    accept.mutate(
      {
        signatoryId: signatory.id,
        version,
        body: { representative: name.trim() ? { name: name.trim(), function: role.trim() || null } : null, joinedOn },
      },
      {
        onSuccess: () => onDone(t('partnerships.signatories.joined', { name: signatory.displayName })),
        onError: (error) => (isApiError(error, 412) ? conflict.stale() : form.show(partnershipSubmissionErrors(error, ACCEPT_FIELDS, t))),
      },
    );
  };

  return (
    <form className="form confirm-panel" onSubmit={submit} noValidate aria-labelledby="accept-heading" aria-busy={accept.isPending}>
      <h3 id="accept-heading" className="heading-s">
        {person ? t('partnerships.signatories.acceptPersonHeading', { name: signatory.displayName }) : t('partnerships.signatories.acceptHeading', { name: signatory.displayName })}
      </h3>
      {person && <p className="hint">{t('partnerships.signatories.acceptPersonHint')}</p>}
      <ConflictNotice state={conflict.state} reloading={conflict.reloading} onReload={() => void reload()} />
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <TextField id={fieldId('representative.name')} label={form.label('representative.name')} hint={person ? t('partnerships.signatories.hint.personRepresentative') : undefined} error={form.errorText('representative.name')} value={name} width="two-thirds" onChange={setName} />
      <TextField id={fieldId('representative.function')} label={form.label('representative.function')} hint={t('partnerships.signatories.hint.function')} error={form.errorText('representative.function')} value={role} width="two-thirds" onChange={setRole} />
      <DateField id={fieldId('joinedOn')} label={form.label('joinedOn')} hint={t('partnerships.signatories.hint.joinedOn')} error={form.errorText('joinedOn')} value={joinedOn} onChange={setJoinedOn} />
      <div className="button-group">
        <button type="submit" className="button" disabled={accept.isPending}>
          {person ? t('partnerships.signatories.acceptPersonSubmit') : t('partnerships.signatories.acceptSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

const WITHDRAW_FIELDS = ['reason', 'withdrawnOn'] as const;
type WithdrawField = (typeof WITHDRAW_FIELDS)[number];
const withdrawFieldId = (field: WithdrawField) => `withdraw-${field}`;

function WithdrawForm({ partnership, signatory, onWithdrawn, onCancel }: {
  partnership: Partnership;
  signatory: Signatory;
  onWithdrawn: (result: WithdrawalResponse) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawSignatory(partnership.id);
  const { version, conflict, reload } = useCurrentVersion(partnership.id, signatory);
  const fieldId = withdrawFieldId;
  const form = useFormErrors('withdrawal', WITHDRAW_FIELDS, fieldId, 'partnerships.signatories.withdrawLabel');
  const [reason, setReason] = useState('');
  const [withdrawnOn, setWithdrawnOn] = useState(todayIso());
  // the last three of an active Pakt: this withdrawal dissolves it (§ 5 ust. 3)
  const dissolves =
    partnership.status === 'ACTIVE' && (partnership.kind === 'COOPERATION_AGREEMENT' || partnership.joinedSignatories <= 3);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!reason.trim()) errors.push({ field: 'reason', code: 'required' });
    if (!isIsoDate(withdrawnOn)) errors.push({ field: 'withdrawnOn', code: withdrawnOn ? 'not-a-date' : 'required' });
    else if (withdrawnOn > todayIso()) errors.push({ field: 'withdrawnOn', code: 'future' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    withdraw.mutate(
      { signatoryId: signatory.id, version, body: { reason: reason.trim(), withdrawnOn } },
      {
        onSuccess: onWithdrawn,
        onError: (error) => (isApiError(error, 412) ? conflict.stale() : form.show(partnershipSubmissionErrors(error, WITHDRAW_FIELDS, t))),
      },
    );
  };

  return (
    <form className="form confirm-panel" onSubmit={submit} noValidate aria-labelledby="withdraw-heading" aria-busy={withdraw.isPending}>
      <h3 id="withdraw-heading" className="heading-s">
        {t('partnerships.signatories.withdrawHeading', { name: signatory.displayName })}
      </h3>
      <p className="hint">{t('partnerships.signatories.withdrawHint')}</p>
      {dissolves && (
        <WarningText>
          {partnership.kind === 'PACT' ? t('partnerships.signatories.withdrawDissolvesPact') : t('partnerships.signatories.withdrawDissolvesAgreement')}
        </WarningText>
      )}
      <ConflictNotice state={conflict.state} reloading={conflict.reloading} onReload={() => void reload()} />
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <TextAreaField id={fieldId('reason')} label={form.label('reason')} error={form.errorText('reason')} value={reason} rows={3} onChange={setReason} />
      <DateField id={fieldId('withdrawnOn')} label={form.label('withdrawnOn')} hint={t('partnerships.signatories.hint.withdrawnOn')} error={form.errorText('withdrawnOn')} value={withdrawnOn} onChange={setWithdrawnOn} />
      <div className="button-group">
        <button type="submit" className="button button--warning" disabled={withdraw.isPending}>
          {t('partnerships.signatories.withdrawSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Declining (the invitee) or cancelling (the partners) an invitation: one confirmation. */
function ConfirmInvitationAction({ partnership, signatory, action, onDone, onCancel }: {
  partnership: Partnership;
  signatory: Signatory;
  action: 'DECLINE' | 'CANCEL';
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const decline = useDeclineInvitation(partnership.id);
  const cancel = useCancelInvitation(partnership.id);
  const mutation = action === 'DECLINE' ? decline : cancel;
  const { version, conflict, reload } = useCurrentVersion(partnership.id, signatory);
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
      <ConflictNotice state={conflict.state} reloading={conflict.reloading} onReload={() => void reload()} />
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

const INVITE_FIELDS = ['institutionId', 'person.name', 'person.function'] as const;
type InviteField = (typeof INVITE_FIELDS)[number];
const inviteFieldId = (field: InviteField) => `invite-${field.replace('.', '-')}`;

function InviteForm({ partnership, signatories, onInvited }: { partnership: Partnership; signatories: Signatory[]; onInvited: (message: string) => void }) {
  const { t } = useTranslation();
  const invite = useInviteSignatory(partnership.id);
  const form = useFormErrors('invitation', INVITE_FIELDS, inviteFieldId, 'partnerships.signatories.inviteLabel');
  const [who, setWho] = useState<'institution' | 'person'>('institution');
  const [institutionId, setInstitutionId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const taken = signatories
    .filter((signatory) => signatory.status === 'INVITED' || signatory.status === 'JOINED')
    .flatMap((signatory) => (signatory.institution ? [signatory.institution.id] : []));
  const agreement = partnership.kind === 'COOPERATION_AGREEMENT';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (who === 'institution' && !institutionId) errors.push({ field: 'institutionId', code: 'required' });
    if (who === 'person' && !name.trim()) errors.push({ field: 'person.name', code: 'required' });
    if (who === 'person' && !role.trim()) errors.push({ field: 'person.function', code: 'required' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    invite.mutate(who === 'institution' ? { institutionId } : { person: { name: name.trim(), function: role.trim() } }, {
      onSuccess: (created) => {
        setInstitutionId('');
        setName('');
        setRole('');
        onInvited(t('partnerships.signatories.invited', { name: created.displayName }));
      },
      onError: (error) => form.show(partnershipSubmissionErrors(error, INVITE_FIELDS, t)),
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="invite-heading" aria-busy={invite.isPending}>
      <h3 id="invite-heading" className="heading-s">
        {t('partnerships.signatories.inviteHeading')}
      </h3>
      <p className="hint">{agreement ? t('partnerships.signatories.inviteHintAgreement') : t('partnerships.signatories.inviteHintPact')}</p>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      {!agreement && (
        <Fieldset legend={t('partnerships.signatories.whoLegend')}>
          <div className="choices choices--inline">
            <Choice id="invite-who-institution" name="invite-who" type="radio" value="institution" label={t('partnerships.signatories.whoInstitution')} checked={who === 'institution'} onChange={() => setWho('institution')} />
            <Choice id="invite-who-person" name="invite-who" type="radio" value="person" label={t('partnerships.signatories.whoPerson')} checked={who === 'person'} onChange={() => setWho('person')} />
          </div>
        </Fieldset>
      )}
      {who === 'institution' ? (
        <InstitutionPicker
          id={inviteFieldId('institutionId')}
          label={form.label('institutionId')}
          error={form.errorText('institutionId')}
          value={institutionId}
          onChange={setInstitutionId}
          types={agreement ? ['OPS', 'PUP', 'NGO'] : []}
          exclude={taken}
        />
      ) : (
        <>
          <TextField id={inviteFieldId('person.name')} label={form.label('person.name')} error={form.errorText('person.name')} value={name} width="two-thirds" onChange={setName} />
          <TextField id={inviteFieldId('person.function')} label={form.label('person.function')} hint={t('partnerships.signatories.hint.personFunction')} error={form.errorText('person.function')} value={role} width="two-thirds" onChange={setRole} />
        </>
      )}
      <button type="submit" className="button button--secondary" disabled={invite.isPending}>
        {invite.isPending ? t('common.saving') : t('partnerships.signatories.inviteSubmit')}
      </button>
    </form>
  );
}

function SignatoryRow({ signatory, onAction, open }: { signatory: Signatory; onAction: (action: Action) => void; open: OpenAction | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useLabels();
  const actionLabel = (action: Action): string => {
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
  const [open, setOpen] = useState<OpenAction | null>(null);
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
        <AcceptForm key={open.signatory.id} partnership={partnership} signatory={open.signatory} onDone={done} onCancel={() => setOpen(null)} />
      )}
      {open?.action === 'WITHDRAW' && (
        <WithdrawForm
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
        <ConfirmInvitationAction
          key={`${open.action}-${open.signatory.id}`}
          partnership={partnership}
          signatory={open.signatory}
          action={open.action}
          onDone={done}
          onCancel={() => setOpen(null)}
        />
      )}
      {partnership.permissions.manage && partnership.status !== 'DISSOLVED' && (
        <InviteForm partnership={partnership} signatories={signatories} onInvited={onAnnounce} />
      )}
    </section>
  );
}
