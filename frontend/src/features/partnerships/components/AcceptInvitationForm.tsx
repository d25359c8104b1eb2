import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ConflictNotice } from '@/shared/components/ConflictNotice';
import { isIsoDate, todayIso } from '@/shared/format/dates';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useAcceptInvitation } from '../api/acceptInvitation';
import type { Partnership, Signatory } from '../model';
import { partnershipSubmissionErrors } from './submissionErrors';
import { useSignatoryVersion } from './useSignatoryVersion';

const ACCEPT_FIELDS = ['representative.name', 'representative.function', 'joinedOn'] as const;
type AcceptField = (typeof ACCEPT_FIELDS)[number];
const acceptFieldId = (field: AcceptField) => `accept-${field.replace('.', '-')}`;

interface AcceptInvitationFormProps {
  partnership: Partnership;
  signatory: Signatory;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * The invited signatory joins (its coordinator, or the initiator's coordinator recording a private
 * person's paper signature): who represents it and the day it joined, never in the future.
 */
export function AcceptInvitationForm({ partnership, signatory, onDone, onCancel }: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation(partnership.id);
  const { version, conflict, reload } = useSignatoryVersion(partnership.id, signatory);
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
      <ConflictNotice level={4} state={conflict.state} reloading={conflict.reloading} onReload={() => void reload()} />
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
