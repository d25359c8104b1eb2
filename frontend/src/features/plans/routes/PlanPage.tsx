import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { isApiError } from '@/shared/api/ApiError';
import { useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { ConfirmPanel } from '@/shared/components/ConfirmPanel';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { usePlan } from '../api/getPlan';
import { useTransitionPlan } from '../api/transitionPlan';
import { AddStepForm } from '../components/AddStepForm';
import { DiagnosisSection } from '../components/DiagnosisSection';
import { DueList } from '../components/DueList';
import { FollowUpSection } from '../components/FollowUpSection';
import { MeetingsSection } from '../components/MeetingsSection';
import { personName } from '../components/names';
import { useOnDemand } from '../components/onDemand';
import { OutcomesSection } from '../components/OutcomesSection';
import { PlanDetailsForm } from '../components/PlanDetailsForm';
import { PlanDocument } from '../components/PlanDocument';
import { PlanReferralsSection, type ReferralDraft } from '../components/PlanReferrals';
import { PlanStatusTag } from '../components/PlanStatusTag';
import { PlanSummary } from '../components/PlanSummary';
import { ReferentsSection } from '../components/ReferentsSection';
import { RestrictedNotice } from '../components/RestrictedNotice';
import { StepsSection } from '../components/StepsSection';
import { StepTimeline } from '../components/StepTimeline';
import { TeamForm } from '../components/TeamForm';
import type { Plan } from '../model';

/** A completed or closed plan takes no more changes. */
const isOpen = (plan: Plan) => plan.status !== 'COMPLETED' && plan.status !== 'CLOSED';

interface SectionProps {
  plan: Plan;
  /** whether the caller may change this part (from /api/v1/me and the plan, never the token) */
  canChange: boolean;
  onAnnounce: (message: string) => void;
  onReload: () => Promise<Plan | undefined>;
}

function TeamSection({ plan, canChange, onAnnounce, onReload }: SectionProps) {
  const { t } = useTranslation();
  const { open: editing, show: startEditing, close: stopEditing, buttonRef: editButton } = useOnDemand();
  return (
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
      {canChange &&
        (editing ? (
          <TeamForm
            plan={plan}
            onReload={onReload}
            onCancel={stopEditing}
            onDone={(message) => {
              stopEditing();
              onAnnounce(message);
            }}
          />
        ) : (
          <button ref={editButton} type="button" className="button button--secondary" onClick={startEditing}>
            {t('team.edit')}
          </button>
        ))}
      {!canChange && isOpen(plan) && <p className="hint">{t('team.coordinatorOnly', { name: plan.lead.name })}</p>}
    </section>
  );
}

interface GoalsAndStepsProps extends SectionProps {
  /** the caller may add steps (for these owners) */
  owners: Plan['team'][number]['institution'][];
  canAddSteps: boolean;
  onRefer?: (step: Plan['steps'][number]) => void;
}

/** Goals with the steps that serve them; the plan's goals and a new step are edited in forms opened on demand. */
function GoalsAndStepsSection({ plan, canChange, onAnnounce, onReload, owners, canAddSteps, onRefer }: GoalsAndStepsProps) {
  const { t } = useTranslation();
  const { open: goalsOpen, show: showGoals, close: closeGoals, buttonRef: goalsButton } = useOnDemand();
  const { open: stepFormOpen, show: showStepForm, close: closeStepForm, buttonRef: stepButton } = useOnDemand();
  return (
    <section aria-labelledby="goals-heading" className="section">
      <h2 id="goals-heading" className="heading-m">
        {t('planPage.goalsAndSteps')}
      </h2>
      <StepsSection plan={plan} onReload={onReload} onAnnounce={onAnnounce} onRefer={onRefer} />
      <div className="button-group">
        {canAddSteps && !stepFormOpen && (
          <button ref={stepButton} type="button" className="button" onClick={showStepForm}>
            {t('step.add')}
          </button>
        )}
        {canChange && !goalsOpen && (
          <button ref={goalsButton} type="button" className="button button--secondary" onClick={showGoals}>
            {t('planEdit.edit')}
          </button>
        )}
      </div>
      {canAddSteps && stepFormOpen && (
        <AddStepForm
          plan={plan}
          owners={owners}
          onCancel={closeStepForm}
          onAdded={(message) => {
            closeStepForm();
            onAnnounce(message);
          }}
        />
      )}
      {canChange && goalsOpen && (
        <PlanDetailsForm
          plan={plan}
          onReload={onReload}
          onCancel={closeGoals}
          onDone={(message) => {
            closeGoals();
            onAnnounce(message);
          }}
        />
      )}
      {!canChange && isOpen(plan) && <p className="hint">{t('planEdit.leadOnly', { name: plan.lead.name })}</p>}
    </section>
  );
}

/** Completing and closing cannot be undone: the plan then takes no more changes. */
type Irreversible = 'COMPLETED' | 'CLOSED';
const isIrreversible = (status: Plan['status']): status is Irreversible => status === 'COMPLETED' || status === 'CLOSED';

function StatusSection({ plan, onAnnounce, onReload }: { plan: Plan; onAnnounce: (message: string) => void; onReload: () => void }) {
  const { t } = useTranslation();
  const transition = useTransitionPlan(plan.id);
  const stale = isApiError(transition.error, 412);
  const [asking, setAsking] = useState<Irreversible | null>(null);
  const buttons = useRef(new Map<Plan['status'], HTMLButtonElement>());
  const move = (to: Plan['status']) =>
    transition.mutate(
      { version: plan.version, to },
      {
        onSuccess: (changed) => {
          setAsking(null);
          onAnnounce(t('plan.statusChanged', { status: t(`planStatus.${changed.status}`) }));
        },
        onError: () => setAsking(null),
      },
    );
  // after "cancel", back to the button that asked, once it is shown again
  const returnTo = useRef<Irreversible | null>(null);
  useEffect(() => {
    if (asking || !returnTo.current) return;
    buttons.current.get(returnTo.current)?.focus();
    returnTo.current = null;
  }, [asking]);
  const cancelAsking = () => {
    returnTo.current = asking;
    setAsking(null);
  };
  return (
    <section aria-labelledby="status-heading" className="section">
      <h2 id="status-heading" className="heading-m">
        {t('plan.statusHeading')}
      </h2>
      <p>
        {t('plan.currentStatus')} <PlanStatusTag status={plan.status} />
      </p>
      {plan.canEdit && plan.allowedTransitions.length > 0 && !asking && (
        <div className="button-group">
          {plan.allowedTransitions.map((to) => (
            <button
              key={to}
              ref={(element) => {
                if (element) buttons.current.set(to, element);
                else buttons.current.delete(to);
              }}
              type="button"
              className={to === 'CLOSED' ? 'button button--warning' : 'button button--secondary'}
              disabled={transition.isPending}
              onClick={() => {
                transition.reset();
                if (isIrreversible(to)) setAsking(to);
                else move(to);
              }}
            >
              {t(`plan.transition.${to}`)}
            </button>
          ))}
        </div>
      )}
      {asking && (
        <ConfirmPanel
          title={t(`planPage.confirmPlan.${asking}.title`, { number: plan.number })}
          confirmLabel={t(`planPage.confirmPlan.${asking}.confirm`)}
          pending={transition.isPending}
          onConfirm={() => move(asking)}
          onCancel={cancelAsking}
        >
          <p>{t(`planPage.confirmPlan.${asking}.body`)}</p>
        </ConfirmPanel>
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

  const [draft, setDraft] = useState<ReferralDraft | null>(null);
  const reload = async () => (await query.refetch()).data;

  const own = me.data?.institution?.id;
  // a restriction of processing in force: the record is read-only (the API refuses every change)
  const writable = plan !== undefined && !plan.restricted;
  const open = plan ? isOpen(plan) && writable : false;
  const onTeam = plan !== undefined && own !== undefined && plan.team.some((member) => member.institution.id === own);
  // the API's own answer (canEdit, canManageTeam) checked against who /api/v1/me says the caller is
  const leadsPlan = plan !== undefined && own === plan.lead.id;
  const canEditPlan = open && leadsPlan && plan.canEdit;
  const canManageTeam = open && leadsPlan && plan.canManageTeam && (me.data?.roles.includes('coordinator') ?? false);
  const referStep = (step: Plan['steps'][number]) =>
    setDraft((current) => ({
      serviceCode: step.service?.code ?? '',
      message: t('referral.stepMessage', { title: step.title }),
      nonce: (current?.nonce ?? 0) + 1,
    }));
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
      {plan && <p className="caption">{t('planNumber.caption', { number: plan.number })}</p>}
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
          <PlanSummary plan={plan} />
          {plan.restricted && <RestrictedNotice />}
          {writable && <StatusSection plan={plan} onAnnounce={setAnnouncement} onReload={() => void query.refetch()} />}
          <GoalsAndStepsSection
            plan={open ? plan : { ...plan, steps: plan.steps.map((step) => ({ ...step, editable: false })) }}
            canChange={canEditPlan}
            onAnnounce={setAnnouncement}
            onReload={reload}
            owners={owners}
            canAddSteps={owners.length > 0 && open}
            onRefer={open ? referStep : undefined}
          />
          <StepTimeline plan={plan} />
          <section aria-labelledby="due-plan-heading" className="section">
            <h2 id="due-plan-heading" className="heading-m">
              {t('plan.dueHeading')}
            </h2>
            {plan.due.length === 0 ? <p>{t('plan.noDue')}</p> : <DueList items={plan.due} caption={t('plan.dueCaption')} showPlan={false} />}
          </section>
          <TeamSection plan={plan} canChange={canManageTeam} onAnnounce={setAnnouncement} onReload={reload} />
          <ReferentsSection plan={plan} canChange={writable} onAnnounce={setAnnouncement} />
          <DiagnosisSection plan={plan} canAdd={open && onTeam} onAnnounce={setAnnouncement} />
          <PlanReferralsSection plan={plan} draft={draft} canRecordBasis={leadsPlan} onAnnounce={setAnnouncement} />
          <MeetingsSection plan={plan} onAnnounce={setAnnouncement} />
          <OutcomesSection plan={writable ? plan : { ...plan, canEdit: false }} onAnnounce={setAnnouncement} />
          <PlanDocument plan={plan} />
          <FollowUpSection plan={plan} canChange={writable && plan.canEdit && leadsPlan && !plan.client.anonymised} onAnnounce={setAnnouncement} />
        </>
      )}
    </>
  );
}
