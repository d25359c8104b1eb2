import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { Notification } from '@/shared/components/Notification';
import { PageHeading } from '@/shared/components/RouteFocus';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { WarningText } from '@/shared/components/WarningText';
import { formatDate, formatDateTime } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, Fieldset, SelectField, TextAreaField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { useDecideDataSubjectRequest } from '../api/decideDataSubjectRequest';
import { useExtendDataSubjectRequest } from '../api/extendDataSubjectRequest';
import { useDataSubjectRequest } from '../api/getDataSubjectRequest';
import { useLiftRestriction } from '../api/liftRestriction';
import { personName } from '../components/names';
import type { DataSubjectRequest } from '../model';
import { useRequestStatus } from './DpoRequestsPage';

const EXTEND_FIELDS = ['months', 'reason'] as const;
const DECIDE_FIELDS = ['outcome', 'reason'] as const;
const LIFT_FIELDS = ['reason'] as const;

interface ActionProps {
  request: DataSubjectRequest;
  onDone: (message: string) => void;
  onReload: () => Promise<DataSubjectRequest | undefined>;
}

function ExtendForm({ request, onDone, onReload }: ActionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const extend = useExtendDataSubjectRequest(request.id);
  const form = useFormErrors('dpoExtend', EXTEND_FIELDS, (field) => `dpo-extend-${field}`, 'dpo.rlabel');
  const [months, setMonths] = useState('');
  const [reason, setReason] = useState('');
  const { version, conflict, reload } = useVersionConflict(request.version);
  const statusOf = useRequestStatus();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!months) errors.push({ field: 'months', code: 'required' });
    if (!reason.trim()) errors.push({ field: 'reason', code: 'required' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    extend.mutate(
      { version, body: { months: Number(months), reason: reason.trim() } },
      {
        onSuccess: (changed) => onDone(t('dpo.extendedSaved', { date: formatDate(changed.answerDue, language) })),
        onError: (error) => (isApiError(error, 412) ? conflict.stale() : form.show(submissionErrors(error, EXTEND_FIELDS, t))),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={extend.isPending} aria-labelledby="dpo-extend-heading">
      <h2 id="dpo-extend-heading" className="heading-m">
        {t('dpo.extendHeading')}
      </h2>
      <p className="hint">{t('dpo.extendHint')}</p>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <ConflictNotice state={conflict.state} reloading={conflict.reloading} onReload={() => void reload(onReload)} level={3}>
        <p>{t('dpo.conflictReloaded', { status: statusOf(request) })}</p>
      </ConflictNotice>
      <SelectField
        id="dpo-extend-months"
        label={form.label('months')}
        error={form.errorText('months')}
        value={months}
        onChange={setMonths}
        emptyLabel=""
        options={[1, 2].map((count) => ({ value: String(count), label: t('dpo.month', { count }) }))}
      />
      <TextAreaField id="dpo-extend-reason" label={form.label('reason')} error={form.errorText('reason')} value={reason} rows={2} onChange={setReason} />
      <button type="submit" className="button button--secondary" disabled={extend.isPending}>
        {extend.isPending ? t('common.saving') : t('dpo.extend')}
      </button>
    </form>
  );
}

function DecideForm({ request, onDone, onReload }: ActionProps) {
  const { t } = useTranslation();
  const decide = useDecideDataSubjectRequest(request.id);
  const form = useFormErrors('dpoDecide', DECIDE_FIELDS, (field) => (field === 'outcome' ? 'dpo-decide-GRANTED' : `dpo-decide-${field}`), 'dpo.rlabel');
  const [outcome, setOutcome] = useState<'GRANTED' | 'REFUSED' | ''>('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { version, conflict, reload } = useVersionConflict(request.version);
  const statusOf = useRequestStatus();
  const confirmRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const next = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!outcome) errors.push({ field: 'outcome', code: 'required' });
    if (outcome === 'REFUSED' && !reason.trim()) errors.push({ field: 'reason', code: 'required' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    setConfirming(true);
  };

  const confirm = () => {
    if (!outcome) return;
    decide.mutate(
      { version, body: { outcome, reason: reason.trim() || null } },
      {
        onSuccess: (changed) => onDone(t('dpo.decided', { status: statusOf(changed) })),
        onError: (error) => {
          setConfirming(false);
          if (isApiError(error, 412)) conflict.stale();
          else form.show(submissionErrors(error, DECIDE_FIELDS, t));
        },
      },
    );
  };

  const warning = outcome === 'REFUSED' ? t('dpo.confirmRefusal') : request.kind === 'ERASURE' ? t('dpo.confirmErasure') : t('dpo.confirmRestriction');
  if (confirming) {
    return (
      <div className="form" role="group" aria-labelledby="dpo-confirm-heading">
        <h2 id="dpo-confirm-heading" className="heading-m" tabIndex={-1} ref={confirmRef}>
          {t('dpo.confirmHeading')}
        </h2>
        <WarningText>{warning}</WarningText>
        <div className="button-group">
          <button type="button" className={outcome === 'GRANTED' && request.kind === 'ERASURE' ? 'button button--warning' : 'button'} disabled={decide.isPending} onClick={confirm}>
            {decide.isPending ? t('common.saving') : t('dpo.confirmButton')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            {t('dpo.back')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <form className="form" onSubmit={next} noValidate aria-labelledby="dpo-decide-heading">
      <h2 id="dpo-decide-heading" className="heading-m">
        {t('dpo.decideHeading')}
      </h2>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <ConflictNotice state={conflict.state} reloading={conflict.reloading} onReload={() => void reload(onReload)} level={3}>
        <p>{t('dpo.conflictReloaded', { status: statusOf(request) })}</p>
      </ConflictNotice>
      <Fieldset id="dpo-decide-outcome" legend={form.label('outcome')} error={form.errorText('outcome')}>
        <div className="choices choices--inline">
          <Choice id="dpo-decide-GRANTED" name="dpo-decide-outcome" type="radio" label={t('dpo.grant')} checked={outcome === 'GRANTED'} onChange={() => setOutcome('GRANTED')} />
          <Choice id="dpo-decide-REFUSED" name="dpo-decide-outcome" type="radio" label={t('dpo.refuse')} checked={outcome === 'REFUSED'} onChange={() => setOutcome('REFUSED')} />
        </div>
      </Fieldset>
      <TextAreaField id="dpo-decide-reason" label={form.label('reason')} hint={t('dpo.reasonHint')} error={form.errorText('reason')} value={reason} rows={3} onChange={setReason} />
      <button type="submit" className="button">
        {t('dpo.decide')}
      </button>
    </form>
  );
}

function LiftForm({ request, onDone, onReload }: ActionProps) {
  const { t } = useTranslation();
  const lift = useLiftRestriction(request.id);
  const form = useFormErrors('dpoLift', LIFT_FIELDS, (field) => `dpo-lift-${field}`, 'dpo.rlabel');
  const [reason, setReason] = useState('');
  const { version, conflict, reload } = useVersionConflict(request.version);
  const statusOf = useRequestStatus();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      form.show([{ field: 'reason', code: 'required' }]);
      return;
    }
    form.clear();
    lift.mutate(
      { version, body: { reason: reason.trim() } },
      {
        onSuccess: () => onDone(t('dpo.liftedSaved')),
        onError: (error) => (isApiError(error, 412) ? conflict.stale() : form.show(submissionErrors(error, LIFT_FIELDS, t))),
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={lift.isPending} aria-labelledby="dpo-lift-heading">
      <h2 id="dpo-lift-heading" className="heading-m">
        {t('dpo.liftHeading')}
      </h2>
      <p className="hint">{t('dpo.liftHint')}</p>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <ConflictNotice state={conflict.state} reloading={conflict.reloading} onReload={() => void reload(onReload)} level={3}>
        <p>{t('dpo.conflictReloaded', { status: statusOf(request) })}</p>
      </ConflictNotice>
      <TextAreaField id="dpo-lift-reason" label={form.label('reason')} error={form.errorText('reason')} value={reason} rows={2} onChange={setReason} />
      <button type="submit" className="button button--secondary" disabled={lift.isPending}>
        {lift.isPending ? t('common.saving') : t('dpo.lift')}
      </button>
    </form>
  );
}

/** One request of the register: what was asked, the deadline, the duties that keep the data, and the officer's moves. */
export function DpoRequestPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<string | undefined>((location.state as { notice?: string } | null)?.notice);
  useEffect(() => {
    if ((location.state as { notice?: string } | null)?.notice) void navigate('.', { replace: true, state: {} });
  }, [navigate, location.state]);
  const query = useDataSubjectRequest(id);
  const request = query.data;
  const statusOf = useRequestStatus();
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  const heading = request ? t('dpo.requestTitle', { kind: t(`dpo.kind.${request.kind}`) }) : notFound ? t('dpo.requestNotFound') : t('dpo.requestLoading');
  useDocumentTitle(heading);
  const reload = async () => (await query.refetch()).data;
  // after a successful move the forms start again on the request's new version (a 412's reload keeps them as typed)
  const [generation, setGeneration] = useState(0);
  const done = (message: string) => {
    setNotice(message);
    setGeneration((current) => current + 1);
  };

  return (
    <>
      <Link className="back-link" to={links.dpoRequests()}>
        {t('dpo.backToRequests')}
      </Link>
      {notice && (
        <Notification key={notice} variant="success" focus>
          <p className="notification__heading">{notice}</p>
        </Notification>
      )}
      <PageHeading>{heading}</PageHeading>
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {request && (
        <>
          <SummaryList>
            <SummaryRow term={t('dpo.rcolumn.person')}>{personName(request.client)}</SummaryRow>
            <SummaryRow term={t('dpo.rlabel.grounds')}>{t(`dpo.grounds.${request.grounds}`)}</SummaryRow>
            <SummaryRow term={t('dpo.details')}>{request.details}</SummaryRow>
            <SummaryRow term={t('dpo.received')}>{formatDate(request.receivedOn, language)}</SummaryRow>
            <SummaryRow term={t('dpo.dueOn')}>
              {formatDate(request.answerDue, language)} {request.overdue && <Tag variant="red">{t('dpo.overdue')}</Tag>}
              {request.extendedDueOn && (
                <>
                  <br />
                  {t('dpo.extended', { date: formatDate(request.extendedDueOn, language), reason: request.extensionReason ?? '' })}
                </>
              )}
            </SummaryRow>
            <SummaryRow term={t('dpo.rcolumn.status')}>{statusOf(request)}</SummaryRow>
            {request.decidedOn && (
              <SummaryRow term={t('dpo.decision')}>
                {t('dpo.decidedOn', { date: formatDate(request.decidedOn, language), name: request.decidedBy ?? '' })}
                {request.decisionReason && (
                  <>
                    <br />
                    {t('dpo.decisionReason')}: {request.decisionReason}
                  </>
                )}
              </SummaryRow>
            )}
            {request.liftedOn && <SummaryRow term={t('dpo.liftHeading')}>{t('dpo.lifted', { date: formatDate(request.liftedOn, language), reason: request.liftReason ?? '' })}</SummaryRow>}
            <SummaryRow term={t('dpo.recordedBy')}>
              {request.recordedBy}, {formatDateTime(request.recordedAt, language)}
            </SummaryRow>
          </SummaryList>
          {request.dutiesToKeep.length > 0 && (
            <div className="inset-text">
              <p>{t('dpo.duties')}</p>
              <ul className="list list--bullet">
                {request.dutiesToKeep.map((duty) => (
                  <li key={duty}>{t(`dpo.duty.${duty as 'PLAN_IN_PROGRESS' | 'RETENTION_PERIOD' | 'REFERRAL_OPEN'}`)}</li>
                ))}
              </ul>
              <p>{t('dpo.dutyHint')}</p>
            </div>
          )}
          {request.actions.includes('GRANT') && <DecideForm key={`decide-${generation}`} request={request} onDone={done} onReload={reload} />}
          {request.actions.includes('EXTEND') && <ExtendForm key={`extend-${generation}`} request={request} onDone={done} onReload={reload} />}
          {request.actions.includes('LIFT') && <LiftForm key={`lift-${generation}`} request={request} onDone={done} onReload={reload} />}
        </>
      )}
    </>
  );
}
