import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, todayIso } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, DateField, Fieldset, SelectField, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useAllServices } from '@/shared/reference/api/listAllServices';
import { useAddStep, type StepRequest } from '../api/addStep';
import { currentNeeds, type DiagnosisArea, type Plan } from '../model';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useIdempotencyKey } from './useIdempotencyKey';

const ADD_STEP_FIELDS = ['kind', 'ownerInstitutionId', 'serviceCode', 'title', 'goalId', 'plannedStart', 'plannedEnd', 'notes', 'needs'] as const;
type AddStepField = (typeof ADD_STEP_FIELDS)[number];
type StepKind = 'service' | 'free';
type AddStepValues = Record<Exclude<AddStepField, 'kind' | 'needs'>, string>;
const fieldId = (field: AddStepField) => (field === 'kind' ? 'new-step-kind-service' : field === 'needs' ? 'new-step-needs' : `new-step-${field}`);
/** The owner choice that stands for the person the plan is for (only the lead adds their steps). */
export const PERSON_OWNER = 'PERSON';

/**
 * Adds a step: a catalogue service, or an own action outside the catalogue. The lead adds steps for
 * any team institution and for the person, a team institution only its own (`owners`); the person's
 * steps are always own actions. A step may point to the needs of the current diagnosis. One
 * Idempotency-Key per distinct submission, so a double click adds it once.
 */
export function AddStepForm({ plan, owners, onAdded }: { plan: Plan; owners: { id: string; name: string }[]; onAdded: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const services = useAllServices();
  const add = useAddStep(plan.id);
  const keyFor = useIdempotencyKey();
  const forPerson = plan.canEdit;
  const ownerOptions = [...owners.map((owner) => ({ value: owner.id, label: owner.name })), ...(forPerson ? [{ value: PERSON_OWNER, label: t('step.ownerPerson') }] : [])];
  const empty = (): AddStepValues => ({ ownerInstitutionId: ownerOptions.length === 1 ? ownerOptions[0]!.value : '', serviceCode: '', title: '', goalId: '', plannedStart: todayIso(), plannedEnd: '', notes: '' });
  const [values, setValues] = useState<AddStepValues>(empty);
  const [kind, setKind] = useState<StepKind>('service');
  const [needs, setNeeds] = useState<DiagnosisArea[]>([]);
  const form = useFormErrors('step', ADD_STEP_FIELDS, fieldId, 'step.label');
  const set = (field: keyof AddStepValues, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const person = values.ownerInstitutionId === PERSON_OWNER;
  const effectiveKind: StepKind = person ? 'free' : kind;
  const availableNeeds = currentNeeds(plan).filter((need) => plan.specialCategoryVisible || !['HEALTH', 'HOUSING', 'FINANCES'].includes(need));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!values.ownerInstitutionId) errors.push({ field: 'ownerInstitutionId', code: 'required' });
    if (effectiveKind === 'service' && !values.serviceCode) errors.push({ field: 'serviceCode', code: 'required' });
    if (!values.title.trim()) errors.push({ field: 'title', code: 'NotBlank' });
    if (!isIsoDate(values.plannedStart)) errors.push({ field: 'plannedStart', code: values.plannedStart ? 'not-a-date' : 'required' });
    if (values.plannedEnd && !isIsoDate(values.plannedEnd)) errors.push({ field: 'plannedEnd', code: 'not-a-date' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    const body: StepRequest = {
      ownerInstitutionId: person ? null : values.ownerInstitutionId,
      ownedByPerson: person,
      serviceCode: effectiveKind === 'service' ? values.serviceCode : null,
      title: values.title.trim(),
      goalId: values.goalId || null,
      plannedStart: values.plannedStart,
      plannedEnd: values.plannedEnd || null,
      notes: values.notes.trim() || null,
      needs: needs.filter((need) => availableNeeds.includes(need)),
    };
    add.mutate(
      { body, idempotencyKey: keyFor(body) },
      {
        onSuccess: () => {
          setValues(empty());
          setNeeds([]);
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
        emptyLabel={ownerOptions.length === 1 ? undefined : t('step.chooseOwner')}
        options={ownerOptions}
      />
      {!person && (
        <Fieldset id="new-step-kind" legend={t('step.label.kind')}>
          <div className="choices">
            <Choice id="new-step-kind-service" name="new-step-kind" type="radio" label={t('step.kindService')} checked={kind === 'service'} onChange={() => setKind('service')} />
            <Choice id="new-step-kind-free" name="new-step-kind" type="radio" label={t('step.kindFree')} checked={kind === 'free'} onChange={() => setKind('free')} />
          </div>
        </Fieldset>
      )}
      {effectiveKind === 'service' && (
        <SelectField
          id={fieldId('serviceCode')}
          label={form.label('serviceCode')}
          error={form.errorText('serviceCode')}
          value={values.serviceCode}
          onChange={(value) => set('serviceCode', value)}
          emptyLabel={services.isPending ? t('area.loading') : t('step.chooseService')}
          options={(services.data ?? []).map((service) => ({ value: service.code, label: i18n.language === 'en' ? service.nameEn : service.namePl }))}
        />
      )}
      <TextField
        id={fieldId('title')}
        label={form.label('title')}
        hint={effectiveKind === 'free' ? t('step.kindFreeHint') : undefined}
        error={form.errorText('title')}
        value={values.title}
        width="two-thirds"
        onChange={(value) => set('title', value)}
      />
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
      {availableNeeds.length > 0 && (
        <Fieldset id={fieldId('needs')} legend={form.label('needs')} hint={t('step.needsHint')} error={form.errorText('needs')}>
          <div className="choices">
            {availableNeeds.map((need) => (
              <Choice
                key={need}
                id={`new-step-need-${need}`}
                name="new-step-needs"
                type="checkbox"
                label={t(`diagnosis.area.${need}`)}
                checked={needs.includes(need)}
                onChange={(checked) => setNeeds((current) => (checked ? [...current, need] : current.filter((item) => item !== need)))}
              />
            ))}
          </div>
        </Fieldset>
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
