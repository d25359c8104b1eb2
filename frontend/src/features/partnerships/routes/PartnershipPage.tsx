import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { Notification } from '@/shared/components/Notification';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { formatDate, formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { usePartnershipDocument } from '../api/downloadPartnershipDocument';
import { usePartnership } from '../api/getPartnership';
import type { WithdrawalResponse } from '../api/withdrawSignatory';
import { DetailsEditor } from '../components/DetailsEditor';
import { DownloadButton } from '../components/DownloadButton';
import { HistorySection } from '../components/HistorySection';
import { usePartnershipLabels } from '../components/labels';
import { PartnershipFrame } from '../components/PartnershipFrame';
import { SignatoriesSection } from '../components/SignatoriesSection';
import { StatusPanel } from '../components/StatusPanel';
import type { Partnership } from '../model';

/** The API's own explanation of a dissolution caused by a withdrawal (§ 5 ust. 3), announced at once. */
function DissolvedByWithdrawal({ result }: { result: WithdrawalResponse }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className="notification notification--important" role="alert" aria-labelledby="dissolved-alert-title" tabIndex={-1}>
      <div className="notification__header">
        <h2 id="dissolved-alert-title" className="notification__title">
          {t('partnerships.dissolution.alertTitle')}
        </h2>
      </div>
      <div className="notification__content">
        <p className="notification__heading">{result.dissolution?.reason}</p>
        <p>{t('partnerships.dissolution.alertBody', { name: result.signatory.displayName, count: result.joinedSignatories })}</p>
      </div>
    </div>
  );
}

function Dissolution({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dissolution = partnership.dissolution;
  if (!dissolution) return null;
  return (
    <div className="inset-text inset-text--important">
      <p>
        <strong>{t('partnerships.dissolution.title', { date: formatDateTime(dissolution.dissolvedAt, language) })}</strong>
      </p>
      <p>{dissolution.reason}</p>
      {dissolution.automatic && <p className="hint">{t('partnerships.dissolution.automatic')}</p>}
    </div>
  );
}

function Overview({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = usePartnershipLabels();
  const location = useLocation();
  const reload = usePartnership(partnership.id);
  const pdf = usePartnershipDocument(partnership.id);
  const [announcement, setAnnouncement] = useState('');
  const [dissolvedBy, setDissolvedBy] = useState<WithdrawalResponse | null>(null);
  const [editing, setEditing] = useState(false);
  const created = (location.state as { created?: boolean } | null)?.created === true;

  return (
    <>
      <p role="status" className="live-announcement">
        {announcement}
      </p>
      {created && !announcement && (
        <Notification variant="success" focus title={t('partnerships.createdTitle')}>
          <p>{t('partnerships.createdBody')}</p>
        </Notification>
      )}
      {dissolvedBy && <DissolvedByWithdrawal result={dissolvedBy} />}
      <Dissolution partnership={partnership} />
      <section aria-labelledby="details-heading" className="section">
        <h2 id="details-heading" className="heading-m">
          {t('partnerships.details.heading')}
        </h2>
        <SummaryList>
          <SummaryRow term={t('partnerships.details.kind')}>{labels.kind(partnership.kind)}</SummaryRow>
          <SummaryRow term={t('partnerships.details.gmina')}>
            {`${partnership.gmina.name} (${partnership.gmina.type}), ${t('partnerships.create.powiat', { name: partnership.gmina.powiatName })}, ${t('partnerships.details.voivodeship', { name: partnership.gmina.voivodeshipName })}`}
          </SummaryRow>
          <SummaryRow term={t('partnerships.details.initiator')}>{partnership.initiator.name}</SummaryRow>
          <SummaryRow term={t('partnerships.details.created')}>
            {t('partnerships.details.createdBy', { date: formatDateTime(partnership.createdAt, language), name: partnership.createdBy })}
          </SummaryRow>
          {partnership.activatedAt && (
            <SummaryRow term={t('partnerships.details.activatedAt')}>{formatDate(partnership.activatedAt.slice(0, 10), language)}</SummaryRow>
          )}
          <SummaryRow term={t('partnerships.details.goals')}>
            <span className="multiline">{partnership.goals}</span>
          </SummaryRow>
          <SummaryRow term={t('partnerships.details.legalCharacter')}>
            <span className="multiline">{partnership.legalCharacter}</span>
          </SummaryRow>
          <SummaryRow term={t('partnerships.details.period')}>{t('partnerships.details.indefinite')}</SummaryRow>
          <SummaryRow term={t('partnerships.details.separateAgreements')}>{partnership.separateAgreements}</SummaryRow>
          <SummaryRow term={t('partnerships.details.text')}>
            {partnership.signedVersion
              ? t('partnerships.details.signedVersion', { number: partnership.signedVersion, latest: partnership.latestVersion })
              : t('partnerships.details.latestVersion', { number: partnership.latestVersion })}{' '}
            <Link to={links.partnershipText(partnership.id)}>{t('partnerships.details.toText')}</Link>
          </SummaryRow>
        </SummaryList>
        {partnership.permissions.edit && !editing && (
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            {t('partnerships.details.edit')}
          </button>
        )}
        {editing && (
          <DetailsEditor
            partnership={partnership}
            onCancel={() => setEditing(false)}
            onReload={async () => (await reload.refetch()).data}
            onSaved={(message) => {
              setEditing(false);
              setAnnouncement(message);
            }}
          />
        )}
      </section>
      <StatusPanel partnership={partnership} onAnnounce={setAnnouncement} onReload={() => reload.refetch()} />
      <SignatoriesSection partnership={partnership} onAnnounce={setAnnouncement} onDissolved={setDissolvedBy} />
      <section aria-labelledby="document-heading" className="section">
        <h2 id="document-heading" className="heading-m">
          {t('partnerships.document.heading')}
        </h2>
        <p>
          {partnership.signedVersion
            ? t('partnerships.document.signed', { number: partnership.signedVersion })
            : t('partnerships.document.draft', { number: partnership.latestVersion })}
        </p>
        <DownloadButton onDownload={() => pdf.mutateAsync(undefined)}>{t('partnerships.document.download')}</DownloadButton>
      </section>
      <HistorySection partnershipId={partnership.id} />
    </>
  );
}

/** One partnership: details, status and transitions, signatories, the agreement as PDF, history. */
export function PartnershipPage() {
  const { id = '' } = useParams();
  return <PartnershipFrame id={id}>{(partnership) => <Overview partnership={partnership} />}</PartnershipFrame>;
}
