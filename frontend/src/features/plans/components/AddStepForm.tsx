import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isIsoDate, todayIso } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, DateField, Fieldset, SelectField, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import type { InstitutionType } from '@/shared/i18n/labels';
import { useAllServices } from '@/shared/reference/api/listAllServices';
import { WarningText } from '@/shared/components/WarningText';
import { useLanguage } from '@/shared/i18n/i18n';
import { useAddStep, type StepRequest } from '../api/addStep';
import { currentNeeds, type DiagnosisArea, type Plan } from '../model';
import { useCloseOnEscape, useFocusOnMount } from './onDemand';
import { duplicateSteps, servicesForStep } from './stepRules';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useIdempotencyKey } from './useIdempotencyKey';

const ADD_STEP_FIELDS = ['kind', 'ownerInstitutionId', 'serviceCode', 'title', 'goalId', 'plannedStart', 'plannedEnd', 'notes', 'needs'] as const;
type AddStepField = (typeof ADD_STEP_FIELDS)[number];
type StepKind = 'service' | 'free';
type AddStepValues = Record<Exclude<AddStepField, 'kind' | 'needs'>, string>;
const fieldId = (field: AddStepField) => (field === 'kind' ? 'new-step-kind-service' : field === 'needs' ? 'new-step-needs' : `new-step-${field}`);
/** The owner choice that stands for the person the plan is for (only the lead adds their steps). */
export const PERSON_OWNER = 'PERSON';

interface AddStepFormProps {
  plan: Plan;
  /** the institutions the caller may add steps for, with their types (which services they provide) */
  owners: { id: string; name: string; type: InstitutionType }[];
  onAdded: (message: string) => void;
  onCancel: () => void;
}

/**
 * Adds a step (opened on demand; Escape or "Anuluj" closes it): a catalogue service the owner's
 * type provides and that is in force on the planned start, or an own action outside the catalogue.
 * The lead adds steps for any team institution and for the person, a team institution only its own
 * (`owners`); the person's steps are always own actions. A step may point to the needs of the
 * current diagnosis. A step repeating one of the plan (same service, owner, overlapping dates) is
 * added only after a warning. One Idempotency-Key per distinct submission, so a double click adds it once.
 */
export function AddStepForm({ plan, owners, onAdded, onCancel }: AddStepFormProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const warningRef = useRef<HTMLDivElement>(null);
  // the duplicate warning shown for these values; saving them again means "add it anyway"
  const [warnedFor, setWarnedFor] = useState<string | null>(null);
  const services = useAllServices();
  const add = useAddStep(plan.id);
  const formRef = useRef<HTMLFormElement>(null);
  useCloseOnEscape(formRef, onCancel);
  const keyFor = useIdempotencyKey();
  const forPerson = plan.canEdit;
  const ownerOptions = [...owners.map((owner) => ({ value: owner.id, label: owner.name })), ...(forPerson ? [{ value: PERSON_OWNER, label: t('step.ownerPerson') }] : [])];
  const empty = (): AddStepValues => ({ ownerInstitutionId: ownerOptions.length === 1 ? ownerOptions[0]!.value : '', serviceCode: '', title: '', goalId: '', plannedStart: todayIso(), plannedEnd: '', notes: '' });
  const [values, setValues] = useState<AddStepValues>(empty);
  const [kind, setKindValue] = useState<StepKind>('service');
  const [needs, setNeedsValue] = useState<DiagnosisArea[]>([]);
  // any change takes back the duplicate warning: the next save checks again
  const setKind = (next: StepKind) => {
    setWarnedFor(null);
    setKindValue(next);
  };
  const setNeeds = (next: DiagnosisArea[] | ((current: DiagnosisArea[]) => DiagnosisArea[])) => {
    setWarnedFor(null);
    setNeedsValue(next);
  };
  const form = useFormErrors('step', ADD_STEP_FIELDS, fieldId, 'step.label');
  const set = (field: keyof AddStepValues, value: string) => {
    setWarnedFor(null);
    setValues((current) => ({ ...current, [field]: value }));
  };
  const person = values.ownerInstitutionId === PERSON_OWNER;
  const effectiveKind: StepKind = person ? 'free' : kind;
  const owner = owners.find((candidate) => candidate.id === values.ownerInstitutionId);
  const offered = owner ? servicesForStep(services.data ?? [], owner.type, values.plannedStart) : [];
  // a service chosen before the owner or the dates changed, and no longer offered, is not kept
  const serviceCode = offered.some((service) => service.code === values.serviceCode) ? values.serviceCode : '';
  const availableNeeds = currentNeeds(plan).filter((need) => plan.specialCategoryVisible || !['HEALTH', 'HOUSING', 'FINANCES'].includes(need));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!values.ownerInstitutionId) errors.push({ field: 'ownerInstitutionId', code: 'required' });
    if (effectiveKind === 'service' && !serviceCode) errors.push({ field: 'serviceCode', code: 'required' });
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
      serviceCode: effectiveKind === 'service' ? serviceCode : null,
      title: values.title.trim(),
      goalId: values.goalId || null,
      plannedStart: values.plannedStart,
      plannedEnd: values.plannedEnd || null,
      notes: values.notes.trim() || null,
      needs: needs.filter((need) => availableNeeds.includes(need)),
    };
    const duplicates = duplicateSteps(plan.steps, body);
    const signature = JSON.stringify(body);
    if (duplicates.length > 0 && warnedFor !== signature) {
      setWarnedFor(signature);
      return;
    }
    add.mutate(
      { body, idempotencyKey: keyFor(body) },
      {
        onSuccess: () => {
          setValues(empty());
          setNeeds([]);
          setWarnedFor(null);
          onAdded(t('step.added', { title: body.title }));
        },
        onError: (error) => form.show(submissionErrors(error, ADD_STEP_FIELDS, t)),
      },
    );
  };

  const pendingBody = warnedFor ? (JSON.parse(warnedFor) as StepRequest) : null;
  const duplicatesShown = pendingBody ? duplicateSteps(plan.steps, pendingBody) : [];
  useEffect(() => {
    if (warnedFor) warningRef.current?.focus();
  }, [warnedFor]);

  return (
    <form className="form step-editor" onSubmit={submit} noValidate aria-busy={add.isPending} aria-labelledby="add-step-heading" ref={formRef}>
      <h3 id="add-step-heading" ref={headingRef} tabIndex={-1} className="heading-s">
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
          hint={owner ? t('planPage.servicesHint', { count: offered.length }) : undefined}
          value={serviceCode}
          onChange={(value) => set('serviceCode', value)}
          emptyLabel={services.isPending ? t('area.loading') : owner ? t('step.chooseService') : t('planPage.chooseOwnerFirst')}
          options={offered.map((service) => ({ value: service.code, label: i18n.language === 'en' ? service.nameEn : service.namePl }))}
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
      {pendingBody && duplicatesShown.length > 0 && (
        <div ref={warningRef} tabIndex={-1} className="duplicate-warning" role="group" aria-labelledby="duplicate-step-heading">
          <h4 id="duplicate-step-heading" className="heading-s">
            {t('planPage.duplicate.title', { count: duplicatesShown.length })}
          </h4>
          <WarningText>{t('planPage.duplicate.body')}</WarningText>
          <ul className="list list--bullet">
            {duplicatesShown.map((step) => (
              <li key={step.id}>
                {step.title} ({step.owner?.name},{' '}
                {step.plannedEnd
                  ? t('step.range', { from: formatDate(step.plannedStart, language), to: formatDate(step.plannedEnd, language) })
                  : t('step.from', { from: formatDate(step.plannedStart, language) })}
                , {t(`stepStatus.${step.status}`)})
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-group">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? t('common.saving') : pendingBody ? t('planPage.duplicate.addAnyway') : t('step.add')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
