import { useTranslation } from 'react-i18next';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import type { Plan, PlanStep } from '../model';
import { useOnDemand } from './onDemand';
import { StepEditor } from './StepEditor';
import { StepStatusTag } from './StepStatusTag';
import { timelineOrder } from './StepTimeline';

/** Steps still under way: only these may be referred to another institution. */
const OPEN_STATUSES: ReadonlySet<PlanStep['status']> = new Set(['PLANNED', 'IN_PROGRESS', 'STANDBY']);

interface StepItemProps {
  plan: Plan;
  step: PlanStep;
  onAnnounce: (message: string) => void;
  onReload: () => Promise<Plan | undefined>;
  /** refer this step to another institution (the referral form takes its service and title) */
  onRefer?: (step: PlanStep) => void;
}

function StepItem({ plan, step, onAnnounce, onReload, onRefer }: StepItemProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { open: editing, show: startEditing, close: stopEditing, buttonRef: editButton } = useOnDemand();
  const service = step.service ? (i18n.language === 'en' ? step.service.nameEn : step.service.namePl) : t('step.freeAction');
  const cancelled = step.status === 'CANCELLED';
  return (
    <li className={cancelled ? 'step step--cancelled' : 'step'}>
      <h4 className="heading-s step__title">
        {step.title} <StepStatusTag status={step.status} />
      </h4>
      <SummaryList>
        <SummaryRow term={t('step.label.ownerInstitutionId')}>{step.owner ? step.owner.name : t('step.ownerPerson')}</SummaryRow>
        <SummaryRow term={t('step.label.service')}>{service}</SummaryRow>
        <SummaryRow term={t('step.planned')}>
          {step.plannedEnd
            ? t('step.range', { from: formatDate(step.plannedStart, language), to: formatDate(step.plannedEnd, language) })
            : t('step.from', { from: formatDate(step.plannedStart, language) })}
        </SummaryRow>
        {step.actualStart && (
          <SummaryRow term={t('step.actual')}>
            {step.actualEnd
              ? t('step.range', { from: formatDate(step.actualStart, language), to: formatDate(step.actualEnd, language) })
              : t('step.from', { from: formatDate(step.actualStart, language) })}
          </SummaryRow>
        )}
        {step.notes && <SummaryRow term={t('step.label.notes')}>{step.notes}</SummaryRow>}
        {step.needs.length > 0 && (
          <SummaryRow term={t('step.needs')}>{step.needs.map((need) => t(`diagnosis.area.${need}`)).join(', ')}</SummaryRow>
        )}
      </SummaryList>
      {cancelled ? (
        <p className="hint">{t('planPage.cancelledNoActions')}</p>
      ) : step.editable ? (
        editing ? (
          <StepEditor
            planId={plan.id}
            step={step}
            onReload={onReload}
            onCancel={stopEditing}
            onDone={(message) => {
              stopEditing();
              onAnnounce(message);
            }}
          />
        ) : (
          <button ref={editButton} type="button" className="button button--secondary button--small" onClick={startEditing}>
            {t('step.edit')}
            <span className="visually-hidden">: {step.title}</span>
          </button>
        )
      ) : (
        <p className="hint">{step.owner ? t('step.notEditable', { name: step.owner.name }) : t('step.notEditablePerson', { name: plan.lead.name })}</p>
      )}
      {onRefer && step.editable && step.service && OPEN_STATUSES.has(step.status) && !editing && (
        <p>
          <button type="button" className="button button--secondary button--small" onClick={() => onRefer(step)}>
            {t('step.refer')}
            <span className="visually-hidden">: {step.title}</span>
          </button>
        </p>
      )}
    </li>
  );
}

interface StepGroup {
  id: string;
  heading: string;
  hint?: string;
  steps: PlanStep[];
}

/** The plan's goals in order, each with the steps that serve it, then the steps that serve none. */
export function groupByGoal(plan: Plan, labels: { goal: (position: number, description: string) => string; noGoal: string }): StepGroup[] {
  const goals = plan.goals.toSorted((a, b) => a.position - b.position);
  const known = new Set(goals.map((goal) => goal.id));
  const ordered = timelineOrder(plan.steps);
  const groups: StepGroup[] = goals.map((goal, index) => ({
    id: goal.id,
    heading: labels.goal(index + 1, goal.description),
    steps: ordered.filter((step) => step.goalId === goal.id),
  }));
  const loose = ordered.filter((step) => !step.goalId || !known.has(step.goalId));
  if (loose.length > 0) groups.push({ id: 'no-goal', heading: labels.noGoal, steps: loose });
  return groups;
}

/**
 * Goals with the steps that serve them (each step names its owner; each owner edits only its own,
 * the lead the person's), then the steps without a goal. Cancelled steps offer no actions.
 */
export function StepsSection({ plan, onReload, onAnnounce, onRefer }: Omit<StepItemProps, 'step'>) {
  const { t } = useTranslation();
  const groups = groupByGoal(plan, {
    goal: (position, description) => t('planPage.goalHeading', { position, description }),
    noGoal: t('planPage.noGoalGroup'),
  });
  const needsOf = new Map(plan.goals.map((goal) => [goal.id, goal.needs]));
  return (
    <>
      {groups.length === 0 && <p>{t('plan.noGoals')}</p>}
      {groups.map((group) => {
        const needs = needsOf.get(group.id) ?? [];
        return (
          <section key={group.id} aria-labelledby={`goal-${group.id}`} className="step-group">
            <h3 id={`goal-${group.id}`} className="heading-s step-group__title">
              {group.heading}
            </h3>
            {needs.length > 0 && (
              <p className="hint">
                {t('step.needs')}: {needs.map((need) => t(`diagnosis.area.${need}`)).join(', ')}
              </p>
            )}
            {group.steps.length === 0 ? (
              <p>{t('planPage.goalNoSteps')}</p>
            ) : (
              <ul className="list step-list">
                {group.steps.map((step) => (
                  <StepItem key={step.id} plan={plan} step={step} onAnnounce={onAnnounce} onReload={onReload} onRefer={onRefer} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
