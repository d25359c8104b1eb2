import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { isApiError } from '@/shared/api/ApiError';
import { hasPermission, useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Notification } from '@/shared/components/Notification';
import { PageHeading } from '@/shared/components/RouteFocus';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { useClient } from '../api/getClient';
import { ClientChanges } from '../components/ClientChanges';
import { ClientRectifyForm } from '../components/ClientRectifyForm';
import { RestrictedNotice } from '../components/RestrictedNotice';
import { DataSubjectExport } from '../components/DataSubjectExport';
import { personName } from '../components/names';
import { PlanStatusTag } from '../components/PlanStatusTag';
import { GminaName } from '@/shared/reference/GminaName';
import { SharingPanel } from '../components/SharingPanel';
import { StartPlanForm } from '../components/StartPlanForm';
import type { Client } from '../model';

/** What the pages that changed something tell this page (router state). */
export interface ClientPageState {
  /** a confirmation to show once, e.g. after registering the person */
  notice?: string;
}

function yesNo(value: boolean | null | undefined, t: (key: 'common.yes' | 'common.no') => string): string | undefined {
  return value === true ? t('common.yes') : value === false ? t('common.no') : undefined;
}

function SensitiveSection({ client }: { client: Client }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sensitive = client.sensitive;
  return (
    <section aria-labelledby="sensitive-heading" className="section section--sensitive">
      <h2 id="sensitive-heading" className="heading-m">
        {t('client.sensitiveHeading')}
      </h2>
      {client.sensitiveVisible ? (
        <>
          <p className="hint">{t('client.sensitiveHint')}</p>
          {sensitive ? (
            <SummaryList>
              <SummaryRow term={t('clientForm.label.sensitive_disabilityLevel')}>
                {sensitive.disabilityLevel ? t(`disabilityLevel.${sensitive.disabilityLevel}`) : undefined}
              </SummaryRow>
              <SummaryRow term={t('clientForm.label.sensitive_addiction')}>{yesNo(sensitive.addiction, t)}</SummaryRow>
              <SummaryRow term={t('clientForm.label.sensitive_homeless')}>{yesNo(sensitive.homeless, t)}</SummaryRow>
              <SummaryRow term={t('clientForm.label.sensitive_socialAssistanceSince')}>
                {formatDate(sensitive.socialAssistanceSince, language)}
              </SummaryRow>
              <SummaryRow term={t('clientForm.label.sensitive_notes')}>{sensitive.notes}</SummaryRow>
            </SummaryList>
          ) : (
            <p>{t('client.sensitiveNone')}</p>
          )}
        </>
      ) : (
        <div className="inset-text">
          <p>{t('client.sensitiveHidden')}</p>
        </div>
      )}
    </section>
  );
}

function PlansSection({ client }: { client: Client }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="plans-heading" className="section">
      <h2 id="plans-heading" className="heading-m">
        {t('client.plansHeading')}
      </h2>
      {client.plans.length === 0 ? (
        <p>{t('client.noPlans')}</p>
      ) : (
        <ul className="list plan-list">
          {client.plans.map((plan) => (
            <li key={plan.id} className="plan-list__item">
              <h3 className="heading-s">
                {plan.visible ? <Link to={links.plan(plan.id)}>{plan.title}</Link> : plan.title}
              </h3>
              <p className="secondary-text">{t('planNumber.number', { number: plan.number })}</p>
              <p>
                <PlanStatusTag status={plan.status} />{' '}
                {t('client.planPeriod', {
                  from: formatDate(plan.periodFrom, language),
                  to: plan.periodTo ? formatDate(plan.periodTo, language) : t('client.openEnded'),
                })}
                {' · '}
                {t('client.planLead', { name: plan.lead.name })}
              </p>
              {!plan.visible && <p className="hint">{t('client.planNotVisible')}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Rectification (GDPR art. 16) opened by a button; the focus goes back to it when the form closes. */
function RectifySection({ client, onReload }: { client: Client; onReload: () => Promise<Client | undefined> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <section aria-labelledby="rectify-heading" className="section">
      <h2 id="rectify-heading" className="heading-m">
        {t('rectify.heading')}
      </h2>
      <p className="hint">{t('rectify.lead')}</p>
      <p role="status" className="live-announcement">
        {saved}
      </p>
      {open ? (
        <ClientRectifyForm
          client={client}
          onReload={onReload}
          onCancel={() => setOpen(false)}
          onDone={(message) => {
            setSaved(message);
            setOpen(false);
          }}
        />
      ) : (
        <button ref={buttonRef} type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('rectify.open')}
        </button>
      )}
    </section>
  );
}

/** One person: identity, special-category data when the caller's institution may see it, plans. */
export function ClientPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const state = (location.state ?? {}) as ClientPageState;
  const [notice] = useState<string | undefined>(state.notice);
  // the confirmation is shown once: not again after a reload
  useEffect(() => {
    if (state.notice) void navigate('.', { replace: true, state: {} });
  }, [navigate, state.notice]);
  const me = useMe();
  const query = useClient(id);
  const client = query.data;
  // 404: not served by the caller's institution, or no such person – the API does not say which
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);

  let heading: string;
  if (client) heading = personName(client);
  else if (notFound) heading = t('client.notFoundTitle');
  else if (query.isError) heading = t('errors.title');
  else heading = t('client.loading');
  useDocumentTitle(heading);

  return (
    <>
      <Link className="back-link" to={links.caseload()}>
        {t('client.back')}
      </Link>
      {notice && (
        <Notification key={notice} variant="success" focus>
          <p className="notification__heading">{notice}</p>
        </Notification>
      )}
      {client && <p className="caption">{t('client.caption')}</p>}
      <PageHeading>{heading}</PageHeading>
      {query.isPending && (
        <p role="status" className="visually-hidden">
          {t('client.loading')}
        </p>
      )}
      {notFound && <p>{t('client.notFoundBody')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {client?.anonymised && (
        <>
          <div className="inset-text">
            <p>
              <Tag variant="grey">{t('anonymised.tag')}</Tag> {t('anonymised.body')}
            </p>
          </div>
          <SummaryList>
            <SummaryRow term={t('clientForm.label.gminaTeryt')}><GminaName teryt={client.gminaTeryt} />
            </SummaryRow>
            <SummaryRow term={t('client.registeredBy')}>{client.registeredBy.name}</SummaryRow>
          </SummaryList>
          <PlansSection client={client} />
        </>
      )}
      {client && !client.anonymised && (
        <>
          {client.restricted && <RestrictedNotice />}
          <section aria-labelledby="identity-heading" className="section">
            <h2 id="identity-heading" className="heading-m">
              {t('client.identityHeading')}
            </h2>
            <SummaryList>
              <SummaryRow term={t('clientForm.label.firstName')}>{client.firstName}</SummaryRow>
              <SummaryRow term={t('clientForm.label.lastName')}>{client.lastName}</SummaryRow>
              <SummaryRow term={t('clientForm.label.pesel')}>{client.pesel}</SummaryRow>
              <SummaryRow term={t('clientForm.label.birthDate')}>{formatDate(client.birthDate, language)}</SummaryRow>
              <SummaryRow term={t('clientForm.label.gminaTeryt')}><GminaName teryt={client.gminaTeryt} />
            </SummaryRow>
              <SummaryRow term={t('clientForm.label.phone')}>{client.phone}</SummaryRow>
              <SummaryRow term={t('clientForm.label.email')}>{client.email}</SummaryRow>
              <SummaryRow term={t('client.registeredBy')}>{client.registeredBy.name}</SummaryRow>
            </SummaryList>
          </section>
          <SensitiveSection client={client} />
          {client.canRectify && <RectifySection client={client} onReload={async () => (await query.refetch()).data} />}
          <ClientChanges clientId={client.id} />
          <PlansSection client={client} />
          <SharingPanel client={client.restricted ? { ...client, canManageSharing: false } : client} />
          {hasPermission(me.data, 'AUDIT_REVIEW') && (
            <p>
              <Link to={links.accessLog(client.id)}>{t('accessLog.openLog')}</Link>
            </p>
          )}
          {hasPermission(me.data, 'DATA_SUBJECT_EXPORT') && <DataSubjectExport clientId={client.id} />}
          {!client.restricted && <StartPlanForm client={client} />}
        </>
      )}
    </>
  );
}
