import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, todayIso } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, SelectField, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useAllServices } from '@/shared/reference/api/listAllServices';
import { useAddStep, type StepRequest } from '../api/addStep';
import type { Plan } from '../model';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useIdempotencyKey } from './useIdempotencyKey';

const ADD_STEP_FIELDS = ['ownerInstitutionId', 'serviceCode', 'title', 'goalId', 'plannedStart', 'plannedEnd', 'notes'] as const;
type AddStepField = (typeof ADD_STEP_FIELDS)[number];
type AddStepValues = Record<AddStepField, string>;
const fieldId = (field: AddStepField) => `new-step-${field}`;

/**
 * Adds a step: the lead adds steps for any team institution, a team institution only its own
 * (`owners`). One Idempotency-Key per distinct submission, so a double click adds it once.
 */
export function AddStepForm({ plan, owners, onAdded }: { plan: Plan; owners: { id: string; name: string }[]; onAdded: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const services = useAllServices();
  const add = useAddStep(plan.id);
  const keyFor = useIdempotencyKey();
  const empty = (): AddStepValues => ({ ownerInstitutionId: owners.length === 1 ? owners[0]!.id : '', serviceCode: '', title: '', goalId: '', plannedStart: todayIso(), plannedEnd: '', notes: '' });
  const [values, setValues] = useState<AddStepValues>(empty);
  const form = useFormErrors('step', ADD_STEP_FIELDS, fieldId, 'step.label');
  const set = (field: AddStepField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!values.ownerInstitutionId) errors.push({ field: 'ownerInstitutionId', code: 'required' });
    if (!values.serviceCode) errors.push({ field: 'serviceCode', code: 'required' });
    if (!values.title.trim()) errors.push({ field: 'title', code: 'NotBlank' });
    if (!isIsoDate(values.plannedStart)) errors.push({ field: 'plannedStart', code: values.plannedStart ? 'not-a-date' : 'required' });
    if (values.plannedEnd && !isIsoDate(values.plannedEnd)) errors.push({ field: 'plannedEnd', code: 'not-a-date' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    const body: StepRequest = {
      ownerInstitutionId: values.ownerInstitutionId,
      serviceCode: values.serviceCode,
      title: values.title.trim(),
      goalId: values.goalId || null,
      plannedStart: values.plannedStart,
      plannedEnd: values.plannedEnd || null,
      notes: values.notes.trim() || null,
    };
    add.mutate(
      { body, idempotencyKey: keyFor(body) },
      {
        onSuccess: () => {
          setValues(empty());
          onAdded(t('step.added', { title: body.title }));
        },
        onError: (error) => form.show(submissionErrors(error, ADD_STEP_FIELDS, t)),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={add.isPending} aria-labelledby="add-step-heading">
      <h3 id="add-step-heading" className="heading-s">
        {t('step.addHeading')}
      </h3>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <SelectField
        id={fieldId('ownerInstitutionId')}
        label={form.label('ownerInstitutionId')}
        error={form.errorText('ownerInstitutionId')}
        value={values.ownerInstitutionId}
        onChange={(value) => set('ownerInstitutionId', value)}
        emptyLabel={owners.length === 1 ? undefined : t('step.chooseOwner')}
        options={owners.map((owner) => ({ value: owner.id, label: owner.name }))}
      />
      <SelectField
        id={fieldId('serviceCode')}
        label={form.label('serviceCode')}
        error={form.errorText('serviceCode')}
        value={values.serviceCode}
        onChange={(value) => set('serviceCode', value)}
        emptyLabel={services.isPending ? t('area.loading') : t('step.chooseService')}
        options={(services.data ?? []).map((service) => ({ value: service.code, label: i18n.language === 'en' ? service.nameEn : service.namePl }))}
      />
      <TextField id={fieldId('title')} label={form.label('title')} error={form.errorText('title')} value={values.title} width="two-thirds" onChange={(value) => set('title', value)} />
      {plan.goals.length > 0 && (
        <SelectField
          id={fieldId('goalId')}
          label={form.label('goalId')}
          error={form.errorText('goalId')}
          value={values.goalId}
          onChange={(value) => set('goalId', value)}
          emptyLabel={t('step.noGoal')}
          options={plan.goals.map((goal) => ({ value: goal.id, label: goal.description }))}
        />
      )}
      <div className="date-pair">
        <DateField id={fieldId('plannedStart')} label={form.label('plannedStart')} error={form.errorText('plannedStart')} value={values.plannedStart} onChange={(value) => set('plannedStart', value)} />
        <DateField id={fieldId('plannedEnd')} label={form.label('plannedEnd')} error={form.errorText('plannedEnd')} value={values.plannedEnd} onChange={(value) => set('plannedEnd', value)} />
      </div>
      <TextAreaField id={fieldId('notes')} label={form.label('notes')} error={form.errorText('notes')} value={values.notes} rows={3} onChange={(value) => set('notes', value)} />
      <button type="submit" className="button" disabled={add.isPending}>
        {add.isPending ? t('common.saving') : t('step.add')}
      </button>
    </form>
  );
}
