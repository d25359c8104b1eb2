import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, Fieldset, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useInviteSignatory } from '../api/inviteSignatory';
import type { Partnership, Signatory } from '../model';
import { partnershipSubmissionErrors } from './submissionErrors';

const INVITE_FIELDS = ['institutionId', 'person.name', 'person.function'] as const;
type InviteField = (typeof INVITE_FIELDS)[number];
const inviteFieldId = (field: InviteField) => `invite-${field.replace('.', '-')}`;

interface InviteSignatoryFormProps {
  partnership: Partnership;
  /** who is on the list already: an institution invited or joined is not offered again */
  signatories: Signatory[];
  onInvited: (message: string) => void;
}

/**
 * Inviting a signatory: an institution found in the directory (for an agreement only an OPS, a
 * PUP or an NGO) or, for a Pakt, a private person with their function.
 */
export function InviteSignatoryForm({ partnership, signatories, onInvited }: InviteSignatoryFormProps) {
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
