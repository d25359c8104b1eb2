import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { formatDate, isIsoDate } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, Fieldset, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useUpdatePlan, type PlanUpdateRequest } from '../api/updatePlan';
import type { Plan } from '../model';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useCloseOnEscape } from './onDemand';

const MAX_GOALS = 20;
const DETAILS_FIELDS = ['title', 'periodFrom', 'periodTo', 'goals'] as const;
type DetailsField = (typeof DETAILS_FIELDS)[number];

/** A goal as edited: `id` for a goal the plan has, null for a new one; `key` only for React. */
interface GoalDraft {
  key: string;
  id: string | null;
  description: string;
}

const sortedGoals = (plan: Plan) => plan.goals.toSorted((a, b) => a.position - b.position);
const goalInputId = (key: string) => `plan-goal-${key}`;

function validate(title: string, periodFrom: string, periodTo: string, goals: GoalDraft[]): FormError[] {
  const errors: FormError[] = [];
  if (!title.trim()) errors.push({ field: 'title', code: 'NotBlank' });
  if (!isIsoDate(periodFrom)) errors.push({ field: 'periodFrom', code: periodFrom ? 'not-a-date' : 'required' });
  if (periodTo && !isIsoDate(periodTo)) errors.push({ field: 'periodTo', code: 'not-a-date' });
  else if (periodTo && isIsoDate(periodFrom) && periodTo < periodFrom) errors.push({ field: 'periodTo', code: 'date-order' });
  if (goals.some((goal) => !goal.description.trim())) errors.push({ field: 'goals', code: 'empty-goal' });
  return errors;
}

function CurrentVersion({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="current-version">
      <h4 className="heading-s">{t('planEdit.currentHeading')}</h4>
      <p>
        <strong>{t('startPlan.label.title')}:</strong> {plan.title}
      </p>
      <p>
        <strong>{t('plan.period')}:</strong>{' '}
        {t('client.planPeriod', { from: formatDate(plan.periodFrom, language), to: plan.periodTo ? formatDate(plan.periodTo, language) : t('client.openEnded') })}
      </p>
      {plan.goals.length === 0 ? (
        <p>{t('plan.noGoals')}</p>
      ) : (
        <ol className="list list--number">
          {sortedGoals(plan).map((goal) => (
            <li key={goal.id}>{goal.description}</li>
          ))}
        </ol>
      )}
    </div>
  );
}

interface PlanDetailsFormProps {
  plan: Plan;
  onDone: (message: string) => void;
  onCancel: () => void;
  /** fetches the plan again (after a 412) */
  onReload: () => Promise<Plan | undefined>;
}

/**
 * Title, period and goals of the plan (the lead institution; PUT with If-Match = the plan's
 * version). Goals are moved with buttons, never dragged. A 412 keeps everything typed and, on
 * request, shows the version someone else saved; the next save stands on it.
 */
export function PlanDetailsForm({ plan, onDone, onCancel, onReload }: PlanDetailsFormProps) {
  const { t } = useTranslation();
  const update = useUpdatePlan(plan.id);
  const formRef = useRef<HTMLFormElement>(null);
  useCloseOnEscape(formRef, onCancel);
  const [title, setTitle] = useState(plan.title);
  const [periodFrom, setPeriodFrom] = useState(plan.periodFrom);
  const [periodTo, setPeriodTo] = useState(plan.periodTo ?? '');
  const [goals, setGoals] = useState<GoalDraft[]>(() => sortedGoals(plan).map((goal) => ({ key: goal.id, id: goal.id, description: goal.description })));
  const { version, conflict, reload: reloadVersion } = useVersionConflict(plan.version);
  const [current, setCurrent] = useState<Plan | null>(null);
  // the control to focus after the goals were re-rendered (moved, removed, added)
  const pendingFocus = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const newKey = useRef(0);
  const firstEmptyGoal = goals.find((goal) => !goal.description.trim()) ?? goals[0];
  const fieldId = (field: DetailsField) => (field === 'goals' ? (firstEmptyGoal ? goalInputId(firstEmptyGoal.key) : 'plan-goal-add') : `plan-edit-${field}`);
  const form = useFormErrors('planEdit', DETAILS_FIELDS, fieldId, 'planEdit.label');

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const setGoal = (key: string, description: string) => setGoals((list) => list.map((goal) => (goal.key === key ? { ...goal, description } : goal)));
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= goals.length) return;
    const next = [...goals];
    [next[index], next[target]] = [next[target]!, next[index]!];
    setGoals(next);
    // the focus stays on the moved goal's own button where there still is one
    const moved = next[target]!;
    pendingFocus.current = `plan-goal-${moved.key}-${by < 0 ? (target === 0 ? 'down' : 'up') : target === next.length - 1 ? 'up' : 'down'}`;
  };
  const remove = (index: number) => {
    const next = goals.filter((_, position) => position !== index);
    setGoals(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    pendingFocus.current = neighbour ? goalInputId(neighbour.key) : 'plan-goal-add';
  };
  const add = () => {
    newKey.current += 1;
    const key = `new-${newKey.current}`;
    setGoals((list) => [...list, { key, id: null, description: '' }]);
    pendingFocus.current = goalInputId(key);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors = validate(title, periodFrom, periodTo, goals);
    if (clientErrors.length > 0) {
      form.show(clientErrors);
      return;
    }
    form.clear();
    const body: PlanUpdateRequest = {
      title: title.trim(),
      periodFrom,
      periodTo: periodTo || null,
      goals: goals.map((goal) => ({ id: goal.id, description: goal.description.trim() })),
    };
    update.mutate(
      { version, body },
      {
        onSuccess: () => onDone(t('planEdit.saved')),
        onError: (error) => {
          if (isApiError(error, 412)) {
            conflict.stale();
            return;
          }
          conflict.clear();
          form.show(submissionErrors(error, DETAILS_FIELDS, t));
        },
      },
    );
  };

  const reload = () =>
    reloadVersion(async () => {
      const fresh = await onReload();
      if (fresh) {
        setCurrent(fresh);
        // a goal someone else removed meanwhile is saved as a new one, not refused
        const known = new Set(fresh.goals.map((goal) => goal.id));
        setGoals((list) => list.map((goal) => (goal.id && !known.has(goal.id) ? { ...goal, id: null } : goal)));
      }
      return fresh;
    });

  return (
    <form className="form step-editor" onSubmit={submit} noValidate aria-busy={update.isPending} aria-labelledby="plan-edit-heading" ref={formRef}>
      <h3 id="plan-edit-heading" ref={headingRef} className="heading-s" tabIndex={-1}>
        {t('planEdit.heading')}
      </h3>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <ConflictNotice state={conflict.state} reloading={conflict.reloading} onReload={() => void reload()} level={4} />
      {conflict.state === 'reloaded' && current && <CurrentVersion plan={current} />}
      <TextField id={fieldId('title')} label={form.label('title')} error={form.errorText('title')} value={title} width="two-thirds" onChange={setTitle} />
      <div className="date-pair">
        <DateField id={fieldId('periodFrom')} label={form.label('periodFrom')} error={form.errorText('periodFrom')} value={periodFrom} onChange={setPeriodFrom} />
        <DateField
          id={fieldId('periodTo')}
          label={form.label('periodTo')}
          hint={t('startPlan.hint.periodTo')}
          error={form.errorText('periodTo')}
          value={periodTo}
          onChange={setPeriodTo}
        />
      </div>
      <Fieldset legend={form.label('goals')} hint={t('planEdit.hint.goals')} error={form.errorText('goals')} id="plan-edit-goals">
        {goals.length === 0 && <p>{t('plan.noGoals')}</p>}
        <ol className="goal-editor">
          {goals.map((goal, index) => (
            <li key={goal.key} className="goal-editor__item">
              <TextAreaField
                id={goalInputId(goal.key)}
                label={t('planEdit.goalLabel', { number: index + 1 })}
                error={form.errorText('goals') && !goal.description.trim() ? t('validation.field.planEdit.goals.empty-goal') : undefined}
                value={goal.description}
                rows={2}
                onChange={(value) => setGoal(goal.key, value)}
              />
              <div className="button-group">
                {index > 0 && (
                  <button id={`plan-goal-${goal.key}-up`} type="button" className="button button--secondary button--small" onClick={() => move(index, -1)}>
                    {t('planEdit.moveUp')}
                    <span className="visually-hidden">: {t('planEdit.goalLabel', { number: index + 1 })}</span>
                  </button>
                )}
                {index < goals.length - 1 && (
                  <button id={`plan-goal-${goal.key}-down`} type="button" className="button button--secondary button--small" onClick={() => move(index, 1)}>
                    {t('planEdit.moveDown')}
                    <span className="visually-hidden">: {t('planEdit.goalLabel', { number: index + 1 })}</span>
                  </button>
                )}
                <button type="button" className="button button--warning button--small" onClick={() => remove(index)}>
                  {t('planEdit.removeGoal')}
                  <span className="visually-hidden">: {t('planEdit.goalLabel', { number: index + 1 })}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
        {goals.length < MAX_GOALS ? (
          <button id="plan-goal-add" type="button" className="button button--secondary" onClick={add}>
            {t('planEdit.addGoal')}
          </button>
        ) : (
          <p className="hint">{t('planEdit.maxGoals', { count: MAX_GOALS })}</p>
        )}
      </Fieldset>
      <p className="visually-hidden" role="status">
        {t('planEdit.goalCount', { count: goals.length })}
      </p>
      <div className="button-group">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('planEdit.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
