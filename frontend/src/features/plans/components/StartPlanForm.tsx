import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { links } from '@/shared/routes/links';
import { useMe } from '@/shared/auth/me';
import { isIsoDate, todayIso } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, DateField, Fieldset, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useCreatePlan, type PlanRequest } from '../api/createPlan';
import { useClientSharing } from '../api/listSharing';
import type { Client } from '../model';
import { useIdempotencyKey } from './useIdempotencyKey';
import { useFormErrors } from '@/shared/forms/useFormErrors';

const PLAN_FIELDS = ['title', 'periodFrom', 'periodTo', 'goals', 'team'] as const;
type PlanField = (typeof PLAN_FIELDS)[number];
const planFieldId = (field: PlanField) => `plan-${field}`;

function validatePlan(title: string, periodFrom: string, periodTo: string): FormError[] {
  const errors: FormError[] = [];
  if (!title.trim()) errors.push({ field: 'title', code: 'NotBlank' });
  if (!isIsoDate(periodFrom)) errors.push({ field: 'periodFrom', code: periodFrom ? 'not-a-date' : 'required' });
  if (periodTo && !isIsoDate(periodTo)) errors.push({ field: 'periodTo', code: 'not-a-date' });
  else if (periodTo && isIsoDate(periodFrom) && periodTo < periodFrom) errors.push({ field: 'periodTo', code: 'date-order' });
  return errors;
}

/** Starts a plan led by the caller's institution; the team is chosen from institutions with an active basis. */
export function StartPlanForm({ client }: { client: Client }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const sharing = useClientSharing(client.id);
  const create = useCreatePlan();
  const keyFor = useIdempotencyKey();
  const [title, setTitle] = useState('');
  const [periodFrom, setPeriodFrom] = useState(todayIso());
  const [periodTo, setPeriodTo] = useState('');
  const [goals, setGoals] = useState('');
  const [team, setTeam] = useState<string[]>([]);
  const form = useFormErrors('plan', PLAN_FIELDS, planFieldId, 'startPlan.label');
  const own = me.data?.institution?.id;
  const candidates = new Map<string, string>();
  if (client.registeredBy.id !== own) candidates.set(client.registeredBy.id, client.registeredBy.name);
  for (const item of sharing.data ?? []) {
    if (item.active && item.institution.id !== own) candidates.set(item.institution.id, item.institution.name);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors = validatePlan(title, periodFrom, periodTo);
    if (clientErrors.length > 0) {
      form.show(clientErrors);
      return;
    }
    form.clear();
    const body: PlanRequest = {
      clientId: client.id,
      title: title.trim(),
      periodFrom,
      periodTo: periodTo || null,
      goals: goals.split('\n').map((goal) => goal.trim()).filter(Boolean),
      team: team.filter((id) => candidates.has(id)),
    };
    create.mutate(
      { body, idempotencyKey: keyFor(body) },
      {
        onSuccess: (plan) => void navigate(links.plan(plan.id)),
        onError: (error) => form.show(submissionErrors(error, PLAN_FIELDS, t)),
      },
    );
  };

  return (
    <section aria-labelledby="start-plan-heading" className="section">
      <h2 id="start-plan-heading" className="heading-m">
        {t('startPlan.heading')}
      </h2>
      <form className="form" onSubmit={submit} noValidate aria-busy={create.isPending}>
        <ErrorSummary key={form.focusKey} items={form.summary} />
        <TextField id={planFieldId('title')} label={form.label('title')} error={form.errorText('title')} value={title} width="two-thirds" onChange={setTitle} />
        <div className="date-pair">
          <DateField id={planFieldId('periodFrom')} label={form.label('periodFrom')} error={form.errorText('periodFrom')} value={periodFrom} onChange={setPeriodFrom} />
          <DateField
            id={planFieldId('periodTo')}
            label={form.label('periodTo')}
            hint={t('startPlan.hint.periodTo')}
            error={form.errorText('periodTo')}
            value={periodTo}
            onChange={setPeriodTo}
          />
        </div>
        <TextAreaField id={planFieldId('goals')} label={form.label('goals')} hint={t('startPlan.hint.goals')} error={form.errorText('goals')} value={goals} onChange={setGoals} />
        <Fieldset id={planFieldId('team')} legend={form.label('team')} hint={t('startPlan.hint.team')} error={form.errorText('team')}>
          {candidates.size === 0 ? (
            <p>{t('startPlan.noCandidates')}</p>
          ) : (
            [...candidates].map(([id, name]) => (
              <Choice
                key={id}
                id={`plan-team-${id}`}
                name="team"
                type="checkbox"
                value={id}
                label={name}
                checked={team.includes(id)}
                onChange={(checked) => setTeam((current) => (checked ? [...current, id] : current.filter((member) => member !== id)))}
              />
            ))
          )}
        </Fieldset>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('startPlan.submit')}
        </button>
        <p className="visually-hidden" role="status">
          {create.isPending ? t('common.saving') : ''}
        </p>
      </form>
    </section>
  );
}
