import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links } from '@/shared/routes/links';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag } from '@/shared/components/Tag';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import type { DueItem, Plan } from '../model';
import { personName } from './names';
import { PlanStatusTag } from './PlanStatusTag';

/** The first item due (overdue ones come first as they are the earliest), or none. */
export function nextDue(items: readonly DueItem[]): DueItem | undefined {
  return items.toSorted((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
}

/**
 * What a caseworker needs first, at the top of the plan: the person, the plan's number, who leads
 * it and who is on the team, its status and the next thing due.
 */
export function PlanSummary({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const due = nextDue(plan.due);
  const others = plan.team.filter((member) => member.institution.id !== plan.lead.id);
  return (
    <section aria-labelledby="plan-summary-heading" className="section plan-summary">
      <h2 id="plan-summary-heading" className="visually-hidden">
        {t('planPage.summaryHeading')}
      </h2>
      <SummaryList>
        <SummaryRow term={t('plan.person')}>
          {plan.client.anonymised ? personName(plan.client) : <Link to={links.client(plan.client.id)}>{personName(plan.client)}</Link>}
        </SummaryRow>
        <SummaryRow term={t('planPage.number')}>{plan.number}</SummaryRow>
        <SummaryRow term={t('plan.lead')}>{plan.lead.name}</SummaryRow>
        <SummaryRow term={t('planPage.team')}>
          {others.length === 0 ? (
            t('planPage.leadAlone')
          ) : (
            <ul className="list">
              {others.map((member) => (
                <li key={member.institution.id}>
                  {member.institution.name} {!member.sharingActive && <Tag variant="red">{t('plan.noBasis')}</Tag>}
                </li>
              ))}
            </ul>
          )}
        </SummaryRow>
        <SummaryRow term={t('planPage.status')}>
          <PlanStatusTag status={plan.status} />
        </SummaryRow>
        <SummaryRow term={t('planPage.nextDue')}>
          {due ? (
            <>
              {formatDate(due.dueOn, language)} – {t(`due.kind.${due.kind}`)}
              {due.stepTitle && <> „{due.stepTitle}”</>} ({due.institution.name}) {due.overdue && <Tag variant="red">{t('due.overdue')}</Tag>}
            </>
          ) : (
            t('plan.noDue')
          )}
        </SummaryRow>
        <SummaryRow term={t('plan.period')}>
          {t('client.planPeriod', { from: formatDate(plan.periodFrom, language), to: plan.periodTo ? formatDate(plan.periodTo, language) : t('client.openEnded') })}
        </SummaryRow>
        <SummaryRow term={t('plan.regime')}>
          {t(`regime.${plan.regime.code}`)}
          {plan.regime.agreementSignedOn && (
            <>
              <br />
              {t('regime.agreement', { date: formatDate(plan.regime.agreementSignedOn, language) })}
            </>
          )}
          <br />
          <span className="hint">{t('regime.contact', { count: plan.regime.pupContactIntervalDays })}</span>
        </SummaryRow>
      </SummaryList>
    </section>
  );
}
