import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tenureErrors } from '@/shared/body/MeetingForm';
import { todayIso } from '@/shared/format/dates';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, SelectField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useAddZslMember } from '../api/addZslMember';
import { useSignatories } from '../api/listSignatories';
import { ZSL_ROLES, type Partnership, type ZslRole } from '../model';
import { usePartnershipLabels } from './labels';
import { partnershipSubmissionErrors } from './submissionErrors';

const MEMBER_FIELDS = ['personName', 'signatoryId', 'role', 'fromDate', 'toDate'] as const;
type MemberField = (typeof MEMBER_FIELDS)[number];

/**
 * A person delegated to the ZSL by a joined signatory, with their role and the days they serve
 * (the last day, if known, not before the first).
 */
export function AddZslMemberForm({ partnership, onDone }: { partnership: Partnership; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const add = useAddZslMember(partnership.id);
  const signatories = useSignatories(partnership.id);
  const form = useFormErrors('zslMember', MEMBER_FIELDS, (field: MemberField) => `member-${field}`, 'partnerships.zsl.memberLabel');
  const empty = { personName: '', signatoryId: '', role: 'MEMBER', fromDate: todayIso(), toDate: '' };
  const [values, setValues] = useState(empty);
  const set = (field: MemberField, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const joined = (signatories.data ?? []).filter((signatory) => signatory.status === 'JOINED');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!values.personName.trim()) errors.push({ field: 'personName', code: 'required' });
    if (!values.signatoryId) errors.push({ field: 'signatoryId', code: 'required' });
    errors.push(...tenureErrors(values.fromDate, values.toDate));
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    add.mutate(
      { personName: values.personName.trim(), signatoryId: values.signatoryId, role: values.role as ZslRole, fromDate: values.fromDate, toDate: values.toDate || null },
      {
        onSuccess: () => {
          setValues(empty);
          onDone(t('partnerships.zsl.memberAdded', { name: values.personName.trim() }));
        },
        onError: (error) => form.show(partnershipSubmissionErrors(error, MEMBER_FIELDS, t)),
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="add-member-heading" aria-busy={add.isPending}>
      <h3 id="add-member-heading" className="heading-s">
        {t('partnerships.zsl.addMember')}
      </h3>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <TextField id="member-personName" label={form.label('personName')} error={form.errorText('personName')} value={values.personName} width="two-thirds" autoComplete="off" onChange={(value) => set('personName', value)} />
      <SelectField
        id="member-signatoryId"
        label={form.label('signatoryId')}
        hint={t('partnerships.zsl.hint.signatoryId')}
        error={form.errorText('signatoryId')}
        value={values.signatoryId}
        emptyLabel={t('partnerships.zsl.chooseSignatory')}
        options={joined.map((signatory) => ({ value: signatory.id, label: signatory.displayName }))}
        onChange={(value) => set('signatoryId', value)}
      />
      <SelectField id="member-role" label={form.label('role')} error={form.errorText('role')} value={values.role} options={ZSL_ROLES.map((role) => ({ value: role, label: labels.zslRole(role) }))} onChange={(value) => set('role', value)} />
      <div className="date-pair">
        <DateField id="member-fromDate" label={form.label('fromDate')} error={form.errorText('fromDate')} value={values.fromDate} onChange={(value) => set('fromDate', value)} />
        <DateField id="member-toDate" label={form.label('toDate')} hint={t('partnerships.zsl.hint.toDate')} error={form.errorText('toDate')} value={values.toDate} onChange={(value) => set('toDate', value)} />
      </div>
      <button type="submit" className="button button--secondary" disabled={add.isPending}>
        {t('partnerships.zsl.addMemberSubmit')}
      </button>
    </form>
  );
}
