import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ConfirmPanel } from '@/shared/components/ConfirmPanel';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { isIsoDate } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, SelectField, TextAreaField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import type { StepRequest } from '../api/addStep';
import { useUpdateStep } from '../api/updateStep';
import type { Plan, PlanStep } from '../model';
import { useCloseOnEscape } from './onDemand';
import { statusChoices } from './stepStatus';
import { useFormErrors } from '@/shared/forms/useFormErrors';

const STEP_EDIT_FIELDS = ['status', 'plannedStart', 'plannedEnd', 'actualStart', 'actualEnd', 'notes'] as const;
type StepEditField = (typeof STEP_EDIT_FIELDS)[number];
type StepEditValues = Record<StepEditField, string>;
/** Statuses from which a step never comes back: choosing one asks for confirmation first. */
const IRREVERSIBLE: ReadonlySet<string> = new Set(['CANCELLED', 'ABANDONED']);

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
  const formRef = useRef<HTMLFormElement>(null);
  useCloseOnEscape(formRef, onCancel);
  const idPrefix = `step-${step.id}`;
  const fieldId = (field: StepEditField) => `${idPrefix}-${field}`;
  const form = useFormErrors('step', STEP_EDIT_FIELDS, fieldId, 'step.label');
  const [values, setValues] = useState<StepEditValues>(() => fromStep(step));
  const { version, conflict, reload: reloadVersion } = useVersionConflict(step.version);
  const set = (field: StepEditField, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const [confirming, setConfirming] = useState(false);
  const statusId = fieldId('status');
  // the editor opens on demand: the focus moves to its first field
  const focusFirst = () => document.getElementById(statusId)?.focus();
  useEffect(() => document.getElementById(statusId)?.focus(), [statusId]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors = validate(values);
    if (clientErrors.length > 0) {
      form.show(clientErrors);
      return;
    }
    form.clear();
    if (values.status !== step.status && IRREVERSIBLE.has(values.status)) {
      setConfirming(true);
      return;
    }
    save();
  };

  const save = () => {
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
          setConfirming(false);
          onDone(t('step.saved', { title: step.title }));
        },
        onError: (error) => {
          setConfirming(false);
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
    <form className="form step-editor" onSubmit={submit} noValidate aria-busy={update.isPending} aria-label={t('step.editLabel', { title: step.title })} ref={formRef}>
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
      {confirming ? (
        <ConfirmPanel
          level={4}
          title={t(`planPage.confirmStep.${values.status === 'CANCELLED' ? 'cancelTitle' : 'abandonTitle'}`, { title: step.title })}
          confirmLabel={t(`planPage.confirmStep.${values.status === 'CANCELLED' ? 'cancelConfirm' : 'abandonConfirm'}`)}
          pending={update.isPending}
          onConfirm={save}
          onCancel={() => {
            setConfirming(false);
            focusFirst();
          }}
        >
          <p>{t(`planPage.confirmStep.${values.status === 'CANCELLED' ? 'cancelBody' : 'abandonBody'}`)}</p>
        </ConfirmPanel>
      ) : (
        <div className="button-group">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? t('common.saving') : t('step.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </form>
  );
}
