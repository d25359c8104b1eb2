import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import { tenureErrors } from '@/shared/body/MeetingForm';
import { todayIso } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, DateField, Fieldset, SelectField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useAddRpwMember } from '../api/addRpwMember';
import { REPRESENTATIVE_ROLES, type RepresentativeRole } from '../model';

export const RPW_MEMBER_FIELDS = ['personName', 'institutionId', 'representativeRole', 'chair', 'fromDate', 'toDate'] as const;
type MemberField = (typeof RPW_MEMBER_FIELDS)[number];

/** The API names a second chair for the same days `role` (the shared body rule): here it is the chair box. */
export function rpwMemberErrors(error: unknown, t: Parameters<typeof submissionErrors>[2]): FormError[] {
  const errors = submissionErrors(error, RPW_MEMBER_FIELDS, t);
  for (const e of errors) if (e.sourceField === 'role') e.field = 'chair';
  return errors;
}

/**
 * A person delegated to the RPW by an institution of the directory (a ZSL's gmina, an OWES, a
 * PUP...), whom they represent, whether they chair it, and the days they serve.
 */
export function AddRpwMemberForm({ voivodeship, onDone }: { voivodeship: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const add = useAddRpwMember(voivodeship);
  const form = useFormErrors('rpwMember', RPW_MEMBER_FIELDS, (field: MemberField) => `rpw-member-${field}`, 'rpw.memberLabel');
  const empty = { personName: '', institutionId: '', representativeRole: '', chair: false, fromDate: todayIso(), toDate: '' };
  const [values, setValues] = useState(empty);
  const set = <K extends keyof typeof empty>(field: K, value: (typeof empty)[K]) => setValues((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!values.personName.trim()) errors.push({ field: 'personName', code: 'required' });
    else if (values.personName.trim().length > 200) errors.push({ field: 'personName', code: 'too-long', values: { max: 200 } });
    if (!values.institutionId) errors.push({ field: 'institutionId', code: 'required' });
    if (!values.representativeRole) errors.push({ field: 'representativeRole', code: 'required' });
    errors.push(...tenureErrors(values.fromDate, values.toDate));
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    const name = values.personName.trim();
    add.mutate(
      {
        personName: name,
        institutionId: values.institutionId,
        representativeRole: values.representativeRole as RepresentativeRole,
        chair: values.chair,
        fromDate: values.fromDate,
        toDate: values.toDate || null,
      },
      {
        onSuccess: () => {
          setValues(empty);
          onDone(t('rpw.memberAdded', { name }));
        },
        onError: (error) => form.show(rpwMemberErrors(error, t)),
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="rpw-add-member-heading" aria-busy={add.isPending}>
      <h3 id="rpw-add-member-heading" className="heading-s">
        {t('rpw.addMember')}
      </h3>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <TextField id="rpw-member-personName" label={form.label('personName')} error={form.errorText('personName')} value={values.personName} width="two-thirds" autoComplete="off" onChange={(value) => set('personName', value)} />
      <InstitutionPicker
        id="rpw-member-institutionId"
        label={form.label('institutionId')}
        hint={t('rpw.hint.institutionId')}
        error={form.errorText('institutionId')}
        value={values.institutionId}
        onChange={(value) => set('institutionId', value)}
      />
      <SelectField
        id="rpw-member-representativeRole"
        label={form.label('representativeRole')}
        error={form.errorText('representativeRole')}
        value={values.representativeRole}
        emptyLabel={t('rpw.chooseRole')}
        options={REPRESENTATIVE_ROLES.map((role) => ({ value: role, label: t(`rpw.representativeRole.${role}`) }))}
        onChange={(value) => set('representativeRole', value)}
      />
      <Fieldset id="rpw-member-chair" legend={form.label('chair')} error={form.errorText('chair')}>
        <Choice id="rpw-member-chair" name="rpw-member-chair" type="checkbox" value="chair" label={t('rpw.chairChoice')} hint={t('rpw.hint.chair')} checked={values.chair} onChange={(checked) => set('chair', checked)} />
      </Fieldset>
      <div className="date-pair">
        <DateField id="rpw-member-fromDate" label={form.label('fromDate')} error={form.errorText('fromDate')} value={values.fromDate} onChange={(value) => set('fromDate', value)} />
        <DateField id="rpw-member-toDate" label={form.label('toDate')} hint={t('rpw.hint.toDate')} error={form.errorText('toDate')} value={values.toDate} onChange={(value) => set('toDate', value)} />
      </div>
      <button type="submit" className="button button--secondary" disabled={add.isPending}>
        {t('rpw.addMemberSubmit')}
      </button>
    </form>
  );
}
