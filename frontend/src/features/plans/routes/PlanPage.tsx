import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { links } from '@/app/links';
import { isApiError } from '@/shared/api/ApiError';
import { useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { usePlan } from '../api/getPlan';
import { useTransitionPlan } from '../api/transitionPlan';
import { AddStepForm } from '../components/AddStepForm';
import { DueList } from '../components/DueList';
import { MeetingsSection } from '../components/MeetingsSection';
import { personName } from '../components/names';
import { OutcomesSection } from '../components/OutcomesSection';
import { PlanStatusTag } from '../components/PlanStatusTag';
import { StepsSection } from '../components/StepsSection';
import type { Plan } from '../model';

function StatusSection({ plan, onAnnounce, onReload }: { plan: Plan; onAnnounce: (message: string) => void; onReload: () => void }) {
  const { t } = useTranslation();
  const transition = useTransitionPlan(plan.id);
  const stale = isApiError(transition.error, 412);
  return (
    <section aria-labelledby="status-heading" className="section">
      <h2 id="status-heading" className="heading-m">
        {t('plan.statusHeading')}
      </h2>
      <p>
        {t('plan.currentStatus')} <PlanStatusTag status={plan.status} />
      </p>
      {plan.canEdit && plan.allowedTransitions.length > 0 && (
        <div className="button-group">
          {plan.allowedTransitions.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'CLOSED' ? 'button button--warning' : 'button button--secondary'}
              disabled={transition.isPending}
              onClick={() =>
                transition.mutate(
                  { version: plan.version, to },
                  { onSuccess: (changed) => onAnnounce(t('plan.statusChanged', { status: t(`planStatus.${changed.status}`) })) },
                )
              }
            >
              {t(`plan.transition.${to}`)}
            </button>
          ))}
        </div>
      )}
      {!plan.canEdit && <p className="hint">{t('plan.statusLeadOnly', { name: plan.lead.name })}</p>}
      {transition.isError &&
        (stale ? (
          <div className="error-summary" role="alert" aria-labelledby="status-conflict">
            <h3 id="status-conflict" className="error-summary__title">
              {t('plan.conflictTitle')}
            </h3>
            <p>{t('plan.conflictBody')}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                transition.reset();
                onReload();
              }}
            >
              {t('conflict.reload')}
            </button>
          </div>
        ) : (
          <ApiErrorMessage error={transition.error} />
        ))}
    </section>
  );
}

/** One individual action plan: status, team, goals, steps by owner, meetings, outcomes and what is due. */
export function PlanPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const me = useMe();
  const query = usePlan(id);
  const plan = query.data;
  const [announcement, setAnnouncement] = useState('');
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  let heading: string;
  if (plan) heading = plan.title;
  else if (notFound) heading = t('plan.notFoundTitle');
  else if (query.isError) heading = t('errors.title');
  else heading = t('plan.loading');
  useDocumentTitle(heading);

  const own = me.data?.institution?.id;
  const owners = plan
    ? plan.canEdit
      ? plan.team.map((member) => member.institution)
      : plan.team.map((member) => member.institution).filter((institution) => institution.id === own)
    : [];

  return (
    <>
      <Link className="back-link" to={plan ? links.client(plan.client.id) : links.caseload()}>
        {plan ? t('plan.backToClient', { name: personName(plan.client) }) : t('client.back')}
      </Link>
      {plan && <p className="caption">{t('plan.caption')}</p>}
      <PageHeading>{heading}</PageHeading>
      <p role="status" className="live-announcement">
        {announcement}
      </p>
      {query.isPending && (
        <p role="status" className="visually-hidden">
          {t('plan.loading')}
        </p>
      )}
      {notFound && <p>{t('plan.notFoundBody')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {plan && (
        <>
          <SummaryList>
            <SummaryRow term={t('plan.person')}>
              <Link to={links.client(plan.client.id)}>{personName(plan.client)}</Link>
            </SummaryRow>
            <SummaryRow term={t('plan.lead')}>{plan.lead.name}</SummaryRow>
            <SummaryRow term={t('plan.period')}>
              {t('client.planPeriod', { from: formatDate(plan.periodFrom, language), to: plan.periodTo ? formatDate(plan.periodTo, language) : t('client.openEnded') })}
            </SummaryRow>
          </SummaryList>
          <StatusSection plan={plan} onAnnounce={setAnnouncement} onReload={() => void query.refetch()} />
          <section aria-labelledby="due-plan-heading" className="section">
            <h2 id="due-plan-heading" className="heading-m">
              {t('plan.dueHeading')}
            </h2>
            {plan.due.length === 0 ? <p>{t('plan.noDue')}</p> : <DueList items={plan.due} caption={t('plan.dueCaption')} showPlan={false} />}
          </section>
          <section aria-labelledby="team-heading" className="section">
            <h2 id="team-heading" className="heading-m">
              {t('plan.teamHeading')}
            </h2>
            <ul className="list list--bullet">
              {plan.team.map((member) => (
                <li key={member.institution.id}>
                  {member.institution.name}
                  {member.institution.id === plan.lead.id && <> ({t('plan.leadShort')})</>}{' '}
                  {!member.sharingActive && member.institution.id !== plan.lead.id && <Tag variant="red">{t('plan.noBasis')}</Tag>}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="goals-heading" className="section">
            <h2 id="goals-heading" className="heading-m">
              {t('plan.goalsHeading')}
            </h2>
            {plan.goals.length === 0 ? (
              <p>{t('plan.noGoals')}</p>
            ) : (
              <ol className="list list--number">
                {plan.goals.toSorted((a, b) => a.position - b.position).map((goal) => (
                  <li key={goal.id}>{goal.description}</li>
                ))}
              </ol>
            )}
          </section>
          <StepsSection plan={plan} onReload={async () => (await query.refetch()).data} onAnnounce={setAnnouncement} />
          {owners.length > 0 && plan.status !== 'CLOSED' && <AddStepForm plan={plan} owners={owners} onAdded={setAnnouncement} />}
          <MeetingsSection plan={plan} onAnnounce={setAnnouncement} />
          <OutcomesSection plan={plan} onAnnounce={setAnnouncement} />
        </>
      )}
    </>
  );
}
