import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag, type TagVariant } from '@/shared/components/Tag';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import type { Plan, PlanStep } from '../model';
import { StepEditor } from './StepEditor';

const STATUS_VARIANT: Record<PlanStep['status'], TagVariant> = {
  PLANNED: 'grey',
  IN_PROGRESS: 'blue',
  DONE: 'green',
  STANDBY: 'yellow',
  ABANDONED: 'red',
  CANCELLED: 'orange',
};

interface StepItemProps {
  plan: Plan;
  step: PlanStep;
  onAnnounce: (message: string) => void;
  onReload: () => Promise<Plan | undefined>;
  /** refer this step to another institution (the referral form below takes its service and title) */
  onRefer?: (step: PlanStep) => void;
}

function StepItem({ plan, step, onAnnounce, onReload, onRefer }: StepItemProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const service = step.service ? (i18n.language === 'en' ? step.service.nameEn : step.service.namePl) : t('step.freeAction');
  return (
    <li className="step">
      <h4 className="heading-s step__title">
        {step.title} <Tag variant={STATUS_VARIANT[step.status]}>{t(`stepStatus.${step.status}`)}</Tag>
      </h4>
      <SummaryList>
        <SummaryRow term={t('step.label.service')}>{service}</SummaryRow>
        <SummaryRow term={t('step.planned')}>
          {step.plannedEnd
            ? t('step.range', { from: formatDate(step.plannedStart, language), to: formatDate(step.plannedEnd, language) })
            : t('step.from', { from: formatDate(step.plannedStart, language) })}
        </SummaryRow>
        <SummaryRow term={t('step.actual')}>
          {step.actualStart
            ? step.actualEnd
              ? t('step.range', { from: formatDate(step.actualStart, language), to: formatDate(step.actualEnd, language) })
              : t('step.from', { from: formatDate(step.actualStart, language) })
            : undefined}
        </SummaryRow>
        <SummaryRow term={t('step.label.notes')}>{step.notes}</SummaryRow>
        {step.needs.length > 0 && (
          <SummaryRow term={t('step.needs')}>{step.needs.map((need) => t(`diagnosis.area.${need}`)).join(', ')}</SummaryRow>
        )}
      </SummaryList>
      {step.editable ? (
        editing ? (
          <StepEditor
            planId={plan.id}
            step={step}
            onReload={onReload}
            onCancel={() => setEditing(false)}
            onDone={(message) => {
              setEditing(false);
              onAnnounce(message);
            }}
          />
        ) : (
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
            {t('step.edit')}
            <span className="visually-hidden">: {step.title}</span>
          </button>
        )
      ) : (
        <p className="hint">{step.owner ? t('step.notEditable', { name: step.owner.name }) : t('step.notEditablePerson', { name: plan.lead.name })}</p>
      )}
      {onRefer && step.editable && step.service && !editing && (
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

/** The key of the group of the person's own steps (no institution owns them). */
const PERSON = 'person';

/**
 * Steps grouped by the institution that owns them, in team order, then the person's own steps;
 * each owner edits only its own (the lead the person's).
 */
export function StepsSection({ plan, onReload, onAnnounce, onRefer }: Omit<StepItemProps, 'step'>) {
  const { t } = useTranslation();
  const owners = new Map<string, string>(plan.team.map((member) => [member.institution.id, member.institution.name]));
  for (const step of plan.steps) if (step.owner && !owners.has(step.owner.id)) owners.set(step.owner.id, step.owner.name);
  owners.set(PERSON, t('step.personGroup'));
  const groups = [...owners]
    .map(([id, name]) => ({ id, name, steps: plan.steps.filter((step) => (step.owner?.id ?? PERSON) === id) }))
    .filter((group) => group.steps.length > 0);
  return (
    <section aria-labelledby="steps-heading" className="section">
      <h2 id="steps-heading" className="heading-m">
        {t('plan.stepsHeading')}
      </h2>
      {groups.length === 0 && <p>{t('plan.noSteps')}</p>}
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`steps-${group.id}`} className="step-group">
          <h3 id={`steps-${group.id}`} className="heading-s step-group__title">
            {group.name}
          </h3>
          <ul className="list step-list">
            {group.steps.map((step) => (
              <StepItem key={step.id} plan={plan} step={step} onAnnounce={onAnnounce} onReload={onReload} onRefer={onRefer} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
