import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links } from '@/shared/routes/links';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag } from '@/shared/components/Tag';
import { formatDate, formatDateTime } from '@/shared/format/dates';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { TextAreaField } from '@/shared/forms/fields';
import { useLanguage } from '@/shared/i18n/i18n';
import { GminaName } from '@/shared/reference/GminaName';
import { useAcceptReferral } from '../api/acceptReferral';
import { useCompleteReferral } from '../api/completeReferral';
import { useRejectReferral } from '../api/rejectReferral';
import { useReferralsRefresh } from '../api/useReferralChanged';
import { useWithdrawReferral } from '../api/withdrawReferral';
import { canDo, type Referral, type ReferralBox } from '../model';
import { personName } from './names';
import { referralActionErrors } from './referralErrors';
import { ReferralStatusTag } from './ReferralStatusTag';
import { useFormErrors } from '@/shared/forms/useFormErrors';

const REJECT_FIELDS = ['reason'] as const;

function RejectForm({ referral, onDone, onCancel }: { referral: Referral; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const reject = useRejectReferral();
  const refresh = useReferralsRefresh();
  const [reason, setReason] = useState('');
  const fieldId = () => `referral-${referral.id}-reason`;
  const form = useFormErrors('referralRejection', REJECT_FIELDS, fieldId, 'referral.label');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => headingRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      form.show([{ field: 'reason', code: 'NotBlank' }]);
      return;
    }
    form.clear();
    reject.mutate(
      { id: referral.id, reason: reason.trim() },
      {
        onSuccess: () => onDone(t('referral.rejected', { name: personName(referral.person) })),
        onError: (error) => {
          form.show(referralActionErrors(error, REJECT_FIELDS, t));
          refresh(error);
        },
      },
    );
  };

  return (
    <form className="form referral__form" onSubmit={submit} noValidate aria-busy={reject.isPending} aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} className="heading-s" tabIndex={-1}>
        {t('referral.rejectHeading', { name: personName(referral.person) })}
      </h3>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <TextAreaField id={fieldId()} label={form.label('reason')} hint={t('referral.hint.reason')} error={form.errorText('reason')} value={reason} rows={3} onChange={setReason} />
      <div className="button-group">
        <button type="submit" className="button button--warning" disabled={reject.isPending}>
          {reject.isPending ? t('common.saving') : t('referral.rejectSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function WithdrawConfirm({ referral, onDone, onCancel }: { referral: Referral; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawReferral();
  const refresh = useReferralsRefresh();
  const [errors, setErrors] = useState<{ key: number; items: { text: string }[] }>({ key: 0, items: [] });
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="confirm-panel" tabIndex={-1} role="group" aria-labelledby={titleId}>
      <h3 id={titleId} className="heading-s">
        {t('referral.withdrawConfirmTitle', { name: referral.to.name })}
      </h3>
      <p>{t('referral.withdrawConfirmBody')}</p>
      <ErrorSummary key={errors.key} items={errors.items} />
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          disabled={withdraw.isPending}
          onClick={() =>
            withdraw.mutate(referral.id, {
              onSuccess: () => onDone(t('referral.withdrawn', { name: referral.to.name })),
              onError: (error) => {
                setErrors((current) => ({ key: current.key + 1, items: referralActionErrors(error, [], t).map((item) => ({ text: item.message ?? '' })) }));
                refresh(error);
              },
            })
          }
        >
          {withdraw.isPending ? t('common.saving') : t('referral.withdrawConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** The buttons of one referral: only what the API lists in `actions` for the caller's institution. */
function ReferralActions({ referral, onDone }: { referral: Referral; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const accept = useAcceptReferral();
  const complete = useCompleteReferral();
  const refresh = useReferralsRefresh();
  const [mode, setMode] = useState<'idle' | 'rejecting' | 'withdrawing'>('idle');
  const [errors, setErrors] = useState<{ key: number; items: { text: string }[] }>({ key: 0, items: [] });
  const name = personName(referral.person);
  const fail = (error: unknown) => {
    setErrors((current) => ({ key: current.key + 1, items: referralActionErrors(error, [], t).map((item) => ({ text: item.message ?? '' })) }));
    refresh(error);
  };
  const busy = accept.isPending || complete.isPending;

  if (mode === 'rejecting') {
    return <RejectForm referral={referral} onDone={onDone} onCancel={() => setMode('idle')} />;
  }
  if (mode === 'withdrawing') {
    return <WithdrawConfirm referral={referral} onDone={onDone} onCancel={() => setMode('idle')} />;
  }
  if (referral.actions.length === 0 && errors.items.length === 0) return null;
  return (
    <>
      <ErrorSummary key={errors.key} items={errors.items} />
      <div className="button-group">
        {canDo(referral, 'ACCEPT') && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => accept.mutate(referral.id, { onSuccess: () => onDone(t('referral.accepted', { name })), onError: fail })}
          >
            {accept.isPending ? t('common.saving') : t('referral.accept')}
            <span className="visually-hidden">: {name}</span>
          </button>
        )}
        {canDo(referral, 'REJECT') && (
          <button type="button" className="button button--warning" disabled={busy} onClick={() => setMode('rejecting')}>
            {t('referral.reject')}
            <span className="visually-hidden">: {name}</span>
          </button>
        )}
        {canDo(referral, 'COMPLETE') && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => complete.mutate(referral.id, { onSuccess: () => onDone(t('referral.completed', { name })), onError: fail })}
          >
            {complete.isPending ? t('common.saving') : t('referral.complete')}
            <span className="visually-hidden">: {name}</span>
          </button>
        )}
        {canDo(referral, 'WITHDRAW') && (
          <button type="button" className="button button--warning" disabled={busy} onClick={() => setMode('withdrawing')}>
            {t('referral.withdraw')}
            <span className="visually-hidden">: {name}</span>
          </button>
        )}
      </div>
    </>
  );
}

/**
 * One referral of the inbox or outbox. Until the receiving institution accepts, the API sends only
 * the minimum about the person (first name, initial, birth year, gmina) and this says so; the plan
 * is linked for the sender, and for the receiver once it has accepted.
 */
export function ReferralItem({ referral, box, onDone }: { referral: Referral; box: ReferralBox; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const person = referral.person;
  const planVisible = box === 'out' || (referral.status === 'ACCEPTED' && person.full);
  const service = referral.service ? (i18n.language === 'en' ? referral.service.nameEn : referral.service.namePl) : undefined;
  return (
    <li className={`referral${referral.overdue ? ' referral--overdue' : ''}`}>
      <h2 className="heading-s referral__title">
        {personName(person)} <ReferralStatusTag status={referral.status} incoming={box === 'in'} />
        {referral.overdue && (
          <>
            {' '}
            <Tag variant="red">{t('referral.overdue')}</Tag>
          </>
        )}
      </h2>
      {person.anonymised ? <p className="hint">{t('anonymised.body')}</p> : !person.full && <p className="hint">{t('referral.minimumOnly')}</p>}
      <SummaryList>
        {box === 'in' ? (
          <SummaryRow term={t('referral.from')}>{referral.from.name}</SummaryRow>
        ) : (
          <SummaryRow term={t('referral.to')}>{referral.to.name}</SummaryRow>
        )}
        <SummaryRow term={t('referral.birthYear')}>{person.birthYear ?? undefined}</SummaryRow>
        <SummaryRow term={t('referral.gmina')}>
          <GminaName teryt={person.gminaTeryt} />
        </SummaryRow>
        <SummaryRow term={t('referral.service')}>{service}</SummaryRow>
        <SummaryRow term={t('referral.label.message')}>
          <span className="multiline">{referral.message}</span>
        </SummaryRow>
        <SummaryRow term={t('referral.label.responseDue')}>
          {formatDate(referral.responseDue, language)}
          {referral.overdue && <> – {t('referral.overdueText')}</>}
        </SummaryRow>
        <SummaryRow term={t('referral.sent')}>{t('referral.byAt', { who: referral.sentBy, at: formatDateTime(referral.sentAt, language) })}</SummaryRow>
        {referral.respondedAt && (
          <SummaryRow term={t('referral.responded')}>
            {t('referral.byAt', { who: referral.respondedBy ?? '', at: formatDateTime(referral.respondedAt, language) })}
          </SummaryRow>
        )}
        {referral.rejectionReason && <SummaryRow term={t('referral.label.reason')}>{referral.rejectionReason}</SummaryRow>}
      </SummaryList>
      {planVisible && (
        <p>
          <Link to={links.plan(referral.planId)}>
            {t('referral.openPlan')}
            <span className="visually-hidden">: {personName(person)}</span>
          </Link>
        </p>
      )}
      <ReferralActions referral={referral} onDone={onDone} />
    </li>
  );
}
