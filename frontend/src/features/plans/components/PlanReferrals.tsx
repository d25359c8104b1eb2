import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links } from '@/shared/routes/links';
import { useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Tag } from '@/shared/components/Tag';
import { formatDate, isIsoDate, todayIso } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, SelectField, TextAreaField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useAllServices } from '@/shared/reference/api/listAllServices';
import { usePlanReferrals } from '../api/listPlanReferrals';
import { useClientSharing } from '../api/listSharing';
import { useRecordSharing } from '../api/recordSharing';
import { useSendReferral, type ReferralRequest } from '../api/sendReferral';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import { useCloseOnEscape, useFocusOnMount, useOnDemand } from './onDemand';
import { basisRequest, BASIS_FIELDS, SharingBasisFields, useBasisFields, validateBasis } from './SharingBasisFields';
import type { Plan, Referral } from '../model';
import { ReferralStatusTag } from './ReferralStatusTag';
import { useFormErrors } from '@/shared/forms/useFormErrors';

const REFERRAL_FIELDS = ['toInstitutionId', 'serviceCode', 'message', 'responseDue'] as const;
type ReferralField = (typeof REFERRAL_FIELDS)[number];
type ReferralValues = Record<ReferralField, string>;
const fieldId = (field: ReferralField) => `referral-${field}`;

const basisError = (error: FormError) => (BASIS_FIELDS as readonly string[]).includes(error.field);

/** What a step's "refer" button puts into the form: its service and a message naming it. */
export interface ReferralDraft {
  serviceCode: string;
  message: string;
  /** changes with every click, so the form starts again from this draft */
  nonce: number;
}

/** The default answer-by date: two weeks from today. */
function inTwoWeeks(): string {
  const date = new Date(`${todayIso()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 14);
  return date.toISOString().slice(0, 10);
}

function validate(values: ReferralValues): FormError[] {
  const errors: FormError[] = [];
  if (!values.toInstitutionId) errors.push({ field: 'toInstitutionId', code: 'required' });
  if (!values.message.trim()) errors.push({ field: 'message', code: 'NotBlank' });
  else if (values.message.trim().length > 2000) errors.push({ field: 'message', code: 'too-long', values: { max: 2000 } });
  if (!isIsoDate(values.responseDue)) errors.push({ field: 'responseDue', code: values.responseDue ? 'not-a-date' : 'required' });
  else if (values.responseDue < todayIso()) errors.push({ field: 'responseDue', code: 'FutureOrPresent' });
  return errors;
}

/**
 * Sends a referral to any institution of the directory, optionally for a catalogue service, with a
 * message and the date an answer is expected by. An institution without an active legal basis for
 * the person gets one first, recorded inline by the lead (the same POST …/sharing, rules and audit
 * as on the person's page), then the referral is sent; errors of both in one error summary.
 */
function SendReferralForm({ plan, draft, canRecordBasis, onSent, onCancel }: SendReferralFormProps) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const services = useAllServices();
  const sharing = useClientSharing(plan.client.id);
  const send = useSendReferral(plan.id);
  const formRef = useRef<HTMLFormElement>(null);
  useCloseOnEscape(formRef, onCancel);
  const record = useRecordSharing(plan.client.id);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const empty = (): ReferralValues => ({ toInstitutionId: '', serviceCode: draft?.serviceCode ?? '', message: draft?.message ?? '', responseDue: inTwoWeeks() });
  const [values, setValues] = useState<ReferralValues>(empty);
  const form = useFormErrors('referral', REFERRAL_FIELDS, fieldId, 'referral.label');
  const basis = useBasisFields('referral-basis');
  const set = (field: ReferralField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  // a step's "refer" button opens the form with its draft: take the user to it
  useEffect(() => {
    headingRef.current?.scrollIntoView?.({ block: 'start' });
  }, [headingRef]);

  const own = me.data?.institution?.id;
  const withBasis = new Set<string>();
  for (const member of plan.team) if (member.sharingActive) withBasis.add(member.institution.id);
  for (const item of sharing.data ?? []) if (item.active) withBasis.add(item.institution.id);
  const needsBasis = values.toInstitutionId !== '' && sharing.data !== undefined && !withBasis.has(values.toInstitutionId);

  const show = (errors: FormError[]) => {
    form.show(errors.filter((error) => !basisError(error)));
    basis.form.show(errors.filter(basisError));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clientErrors = [...validate(values)];
    if (needsBasis) {
      if (canRecordBasis) clientErrors.push(...validateBasis(basis.values));
      else clientErrors.push({ field: 'toInstitutionId', code: 'no-legal-basis-lead', message: t('planPage.basisLeadOnly', { name: plan.lead.name }) });
    }
    if (clientErrors.length > 0) {
      show(clientErrors);
      return;
    }
    show([]);
    if (needsBasis) {
      try {
        await record.mutateAsync(basisRequest(values.toInstitutionId, basis.values));
      } catch (error) {
        // the sharing's institution is the referral's addressee
        const errors = submissionErrors(error, ['institutionId', ...BASIS_FIELDS], t);
        for (const item of errors) if (item.field === 'institutionId') item.field = 'toInstitutionId';
        show(errors);
        return;
      }
    }
    const body: ReferralRequest = {
      toInstitutionId: values.toInstitutionId,
      serviceCode: values.serviceCode || null,
      message: values.message.trim(),
      responseDue: values.responseDue,
    };
    send.mutate(body, {
      onSuccess: (referral) => {
        setValues({ toInstitutionId: '', serviceCode: '', message: '', responseDue: inTwoWeeks() });
        basis.reset();
        onSent(needsBasis ? t('planPage.sentWithBasis', { name: referral.to.name }) : t('referral.sentNotice', { name: referral.to.name }));
      },
      onError: (error) => show(submissionErrors(error, REFERRAL_FIELDS, t)),
    });
  };

  const pending = send.isPending || record.isPending;
  return (
    <form className="form step-editor" onSubmit={(event) => void submit(event)} noValidate aria-busy={pending} aria-labelledby="send-referral-heading" ref={formRef}>
      <h3 id="send-referral-heading" ref={headingRef} className="heading-s" tabIndex={-1}>
        {t('referral.sendHeading')}
      </h3>
      <ErrorSummary key={`${form.focusKey}-${basis.form.focusKey}`} items={[...form.summary, ...basis.form.summary]} />
      {sharing.isError && <ApiErrorMessage error={sharing.error} onRetry={() => void sharing.refetch()} />}
      <InstitutionPicker
        id={fieldId('toInstitutionId')}
        label={form.label('toInstitutionId')}
        hint={canRecordBasis ? t('planPage.referralToHint') : t('planPage.referralToHintNotLead', { name: plan.lead.name })}
        error={form.errorText('toInstitutionId')}
        value={values.toInstitutionId}
        onChange={(value) => set('toInstitutionId', value)}
        exclude={own ? [own] : []}
        filterLabel={t('planPage.referralFilter')}
      />
      {needsBasis && canRecordBasis && (
        <SharingBasisFields state={basis} legend={t('planPage.basisLegend')} hint={t('planPage.basisHint')} />
      )}
      {needsBasis && !canRecordBasis && <p className="hint">{t('planPage.basisLeadOnly', { name: plan.lead.name })}</p>}
      <SelectField
        id={fieldId('serviceCode')}
        label={form.label('serviceCode')}
        error={form.errorText('serviceCode')}
        value={values.serviceCode}
        onChange={(value) => set('serviceCode', value)}
        emptyLabel={services.isPending ? t('area.loading') : t('referral.noService')}
        options={(services.data ?? []).filter((service) => !service.historical).map((service) => ({ value: service.code, label: i18n.language === 'en' ? service.nameEn : service.namePl }))}
      />
      <TextAreaField
        id={fieldId('message')}
        label={form.label('message')}
        hint={t('referral.hint.message')}
        error={form.errorText('message')}
        value={values.message}
        rows={4}
        onChange={(value) => set('message', value)}
      />
      <DateField
        id={fieldId('responseDue')}
        label={form.label('responseDue')}
        error={form.errorText('responseDue')}
        value={values.responseDue}
        onChange={(value) => set('responseDue', value)}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : needsBasis && canRecordBasis ? t('planPage.recordAndSend') : t('referral.send')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

interface SendReferralFormProps {
  plan: Plan;
  draft: ReferralDraft | null;
  /** the caller's institution leads the plan, so it records legal bases of sharing for the person */
  canRecordBasis: boolean;
  onSent: (message: string) => void;
  onCancel: () => void;
}

function ReferralRows({ items }: { items: Referral[] }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className="table__caption table__caption--s">
          {t('referral.planCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('referral.column.route')}</th>
            <th scope="col">{t('referral.column.service')}</th>
            <th scope="col">{t('referral.column.responseDue')}</th>
            <th scope="col">{t('referral.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((referral) => (
            <tr key={referral.id} className={referral.overdue ? 'row--overdue' : undefined}>
              <td>{t('referral.route', { from: referral.from.name, to: referral.to.name })}</td>
              <td>{referral.service ? (i18n.language === 'en' ? referral.service.nameEn : referral.service.namePl) : t('referral.noServiceShort')}</td>
              <td>
                {formatDate(referral.responseDue, language)} {referral.overdue && <Tag variant="red">{t('referral.overdue')}</Tag>}
              </td>
              <td>
                <ReferralStatusTag status={referral.status} />
                {referral.rejectionReason && <> {t('referral.reasonInline', { reason: referral.rejectionReason })}</>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Every referral of the plan (also between two other institutions), newest first, from
 * GET /plans/{id}/referrals. Sending is open while the plan is neither completed nor closed.
 */
export function PlanReferralsSection({ plan, draft, canRecordBasis, onAnnounce }: { plan: Plan; draft: ReferralDraft | null; canRecordBasis: boolean; onAnnounce: (message: string) => void }) {
  const { t } = useTranslation();
  const query = usePlanReferrals(plan.id);
  const items = query.data ?? [];
  const open = plan.status !== 'COMPLETED' && plan.status !== 'CLOSED' && !plan.restricted;
  const { open: sending, setOpen, show: startSending, close: stopSending, buttonRef: sendButton } = useOnDemand();
  // a step's "refer" button opens the form with the step's draft
  useEffect(() => {
    if (draft) setOpen(true);
  }, [draft, setOpen]);
  return (
    <section aria-labelledby="referrals-heading" className="section">
      <h2 id="referrals-heading" className="heading-m">
        {t('referral.planHeading')}
      </h2>
      <p className="hint">{t('referral.planHint')}</p>
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <p>{t('referrals.loading')}</p>}
      {query.data && items.length === 0 && <p>{t('referral.planNone')}</p>}
      {items.length > 0 && <ReferralRows items={items} />}
      {items.length > 0 && (
        <p>
          <Link to={links.referrals('out')}>{t('referral.toOutbox')}</Link> · <Link to={links.referrals('in')}>{t('referral.toInbox')}</Link>
        </p>
      )}
      {open &&
        (sending ? (
          <SendReferralForm
            key={draft?.nonce ?? 0}
            plan={plan}
            draft={draft}
            canRecordBasis={canRecordBasis}
            onCancel={stopSending}
            onSent={(message) => {
              stopSending();
              onAnnounce(message);
            }}
          />
        ) : (
          <button ref={sendButton} type="button" className="button" onClick={startSending}>
            {t('referral.send')}
          </button>
        ))}
    </section>
  );
}
