import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { comparePolish } from '@/shared/format/collate';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import type { Plan, PlanStep } from '../model';
import { StepStatusTag } from './StepStatusTag';

/** Steps by planned start, then planned end (open-ended last), then title in Polish order. */
export function timelineOrder(steps: readonly PlanStep[]): PlanStep[] {
  return steps.toSorted(
    (a, b) =>
      a.plannedStart.localeCompare(b.plannedStart) ||
      (a.plannedEnd ?? '9999-12-31').localeCompare(b.plannedEnd ?? '9999-12-31') ||
      comparePolish(a.title, b.title),
  );
}

/**
 * The plan's steps in time: a plain table ordered by planned start, with dates, owner and status,
 * which a screen reader reads row by row (no chart).
 */
export function StepTimeline({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const captionId = useId();
  const steps = timelineOrder(plan.steps);
  return (
    <section aria-labelledby="timeline-heading" className="section">
      <h2 id="timeline-heading" className="heading-m">
        {t('planPage.timelineHeading')}
      </h2>
      {steps.length === 0 ? (
        <p>{t('plan.noSteps')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table">
            <caption id={captionId} className="table__caption table__caption--s">
              {t('planPage.timelineCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('planPage.column.start')}</th>
                <th scope="col">{t('planPage.column.end')}</th>
                <th scope="col">{t('planPage.column.step')}</th>
                <th scope="col">{t('planPage.column.owner')}</th>
                <th scope="col">{t('planPage.column.status')}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((step) => (
                <tr key={step.id} className={step.status === 'CANCELLED' ? 'row--cancelled' : undefined}>
                  <td>{formatDate(step.plannedStart, language)}</td>
                  <td>{step.plannedEnd ? formatDate(step.plannedEnd, language) : t('planPage.openEnd')}</td>
                  <th scope="row">{step.title}</th>
                  <td>{step.owner ? step.owner.name : t('step.ownerPerson')}</td>
                  <td>
                    <StepStatusTag status={step.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
