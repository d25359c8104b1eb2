import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { isIsoDate } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, SelectField, TextAreaField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import type { StepRequest } from '../api/addStep';
import { useUpdateStep } from '../api/updateStep';
import type { Plan, PlanStep } from '../model';
import { statusChoices } from './stepStatus';
import { useFormErrors } from '@/shared/forms/useFormErrors';

const STEP_EDIT_FIELDS = ['status', 'plannedStart', 'plannedEnd', 'actualStart', 'actualEnd', 'notes'] as const;
type StepEditField = (typeof STEP_EDIT_FIELDS)[number];
type StepEditValues = Record<StepEditField, string>;

function fromStep(step: PlanStep): StepEditValues {
  return {
    status: step.status,
    plannedStart: step.plannedStart,
    plannedEnd: step.plannedEnd ?? '',
    actualStart: step.actualStart ?? '',
    actualEnd: step.actualEnd ?? '',
    notes: step.notes ?? '',
  };
}

function validate(values: StepEditValues): FormError[] {
  const errors: FormError[] = [];
  if (!isIsoDate(values.plannedStart)) errors.push({ field: 'plannedStart', code: values.plannedStart ? 'not-a-date' : 'required' });
  for (const field of ['plannedEnd', 'actualStart', 'actualEnd'] as const) {
    if (values[field] && !isIsoDate(values[field])) errors.push({ field, code: 'not-a-date' });
  }
  return errors;
}

interface StepEditorProps {
  planId: string;
  step: PlanStep;
  onDone: (message: string) => void;
  onCancel: () => void;
  /** fetches the plan again (after a 412): the step prop then carries the current version */
  onReload: () => Promise<Plan | undefined>;
}

/**
 * Inline form for one step the caller's institution owns. A 412 (someone saved this step first)
 * keeps everything typed; loading the current version only moves the If-Match forward.
 */
export function StepEditor({ planId, step, onDone, onCancel, onReload }: StepEditorProps) {
  const { t } = useTranslation();
  const update = useUpdateStep(planId);
  const idPrefix = `step-${step.id}`;
  const fieldId = (field: StepEditField) => `${idPrefix}-${field}`;
  const form = useFormErrors('step', STEP_EDIT_FIELDS, fieldId, 'step.label');
  const [values, setValues] = useState<StepEditValues>(() => fromStep(step));
  const { version, conflict, reload: reloadVersion } = useVersionConflict(step.version);
  const set = (field: StepEditField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors = validate(values);
    if (clientErrors.length > 0) {
      form.show(clientErrors);
      return;
    }
    form.clear();
    const body: StepRequest = {
      goalId: step.goalId ?? null,
      ownerInstitutionId: step.owner?.id ?? null,
      ownedByPerson: step.ownedByPerson,
      serviceCode: step.service?.code ?? null,
      offeringId: step.offeringId ?? null,
      title: step.title,
      plannedStart: values.plannedStart,
      plannedEnd: values.plannedEnd || null,
      actualStart: values.actualStart || null,
      actualEnd: values.actualEnd || null,
      status: values.status as PlanStep['status'],
      notes: values.notes.trim() || null,
    };
    update.mutate(
      { stepId: step.id, version, body },
      {
        onSuccess: () => {
          conflict.clear();
          onDone(t('step.saved', { title: step.title }));
        },
        onError: (error) => {
          if (isApiError(error, 412)) {
            conflict.stale();
            return;
          }
          conflict.clear();
          form.show(submissionErrors(error, STEP_EDIT_FIELDS, t));
        },
      },
    );
  };

  // the next save stands on the current version; the user's input stays as typed
  const reload = () => reloadVersion(async () => (await onReload())?.steps.find((candidate) => candidate.id === step.id));

  return (
    <form className="form step-editor" onSubmit={submit} noValidate aria-busy={update.isPending} aria-label={t('step.editLabel', { title: step.title })}>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <ConflictNotice state={conflict.state} reloading={conflict.reloading} onReload={() => void reload()} level={4}>
        <p>{t('step.reloadedStatus', { status: t(`stepStatus.${step.status}`) })}</p>
      </ConflictNotice>
      <SelectField
        id={fieldId('status')}
        label={form.label('status')}
        error={form.errorText('status')}
        value={values.status}
        onChange={(value) => set('status', value)}
        options={statusChoices(step.status).map((status) => ({ value: status, label: t(`stepStatus.${status}`) }))}
      />
      <div className="date-pair">
        <DateField id={fieldId('plannedStart')} label={form.label('plannedStart')} error={form.errorText('plannedStart')} value={values.plannedStart} onChange={(value) => set('plannedStart', value)} />
        <DateField id={fieldId('plannedEnd')} label={form.label('plannedEnd')} error={form.errorText('plannedEnd')} value={values.plannedEnd} onChange={(value) => set('plannedEnd', value)} />
      </div>
      <div className="date-pair">
        <DateField id={fieldId('actualStart')} label={form.label('actualStart')} error={form.errorText('actualStart')} value={values.actualStart} onChange={(value) => set('actualStart', value)} />
        <DateField id={fieldId('actualEnd')} label={form.label('actualEnd')} error={form.errorText('actualEnd')} value={values.actualEnd} onChange={(value) => set('actualEnd', value)} />
      </div>
      <TextAreaField id={fieldId('notes')} label={form.label('notes')} error={form.errorText('notes')} value={values.notes} rows={3} onChange={(value) => set('notes', value)} />
      <div className="button-group">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('step.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
