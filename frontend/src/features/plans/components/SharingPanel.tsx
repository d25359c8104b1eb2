import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Tag } from '@/shared/components/Tag';
import { formatDate, formatDateTime } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import type { FormError } from '@/shared/forms/formErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useClientSharing } from '../api/listSharing';
import { useRecordSharing } from '../api/recordSharing';
import { useWithdrawSharing } from '../api/withdrawSharing';
import type { Client, Sharing } from '../model';
import { basisRequest, BASIS_FIELDS, SharingBasisFields, useBasisFields, validateBasis } from './SharingBasisFields';
import { useFormErrors } from '@/shared/forms/useFormErrors';

const INSTITUTION_FIELDS = ['institutionId'] as const;
const institutionFieldId = () => 'sharing-institutionId';

function RecordSharingForm({ client, onRecorded }: { client: Client; onRecorded: (name: string) => void }) {
  const { t } = useTranslation();
  const record = useRecordSharing(client.id);
  const [institutionId, setInstitutionId] = useState('');
  // a new picker (empty search box) after each recorded basis
  const [recorded, setRecorded] = useState(0);
  const form = useFormErrors('sharing', INSTITUTION_FIELDS, institutionFieldId, 'sharing.label');
  const basis = useBasisFields('sharing');

  const show = (errors: FormError[]) => {
    form.show(errors.filter((error) => !(BASIS_FIELDS as readonly string[]).includes(error.field)));
    basis.form.show(errors.filter((error) => (BASIS_FIELDS as readonly string[]).includes(error.field)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors: FormError[] = [...(institutionId ? [] : [{ field: 'institutionId', code: 'required' }]), ...validateBasis(basis.values)];
    if (clientErrors.length > 0) {
      show(clientErrors);
      return;
    }
    show([]);
    record.mutate(basisRequest(institutionId, basis.values), {
      onSuccess: (saved) => {
        setInstitutionId('');
        basis.reset();
        setRecorded((count) => count + 1);
        onRecorded(saved.institution.name);
      },
      onError: (error) => show(submissionErrors(error, ['institutionId', ...BASIS_FIELDS], t)),
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={record.isPending} aria-labelledby="record-sharing-heading">
      <h3 id="record-sharing-heading" className="heading-s">
        {t('sharing.recordHeading')}
      </h3>
      <ErrorSummary key={`${form.focusKey}-${basis.form.focusKey}`} items={[...form.summary, ...basis.form.summary]} />
      <InstitutionPicker
        key={recorded}
        id={institutionFieldId()}
        label={form.label('institutionId')}
        error={form.errorText('institutionId')}
        value={institutionId}
        onChange={setInstitutionId}
        exclude={[client.registeredBy.id]}
        filterLabel={t('sharing.institutionFilter')}
      />
      <SharingBasisFields state={basis} />
      <button type="submit" className="button" disabled={record.isPending}>
        {record.isPending ? t('common.saving') : t('sharing.record')}
      </button>
    </form>
  );
}

function WithdrawButton({ client, sharing, onWithdrawn }: { client: Client; sharing: Sharing; onWithdrawn: (name: string) => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawSharing(client.id);
  const [confirming, setConfirming] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (confirming) ref.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--warning button--small"
        onClick={() => {
          withdraw.reset();
          setConfirming(true);
        }}
      >
        {t('sharing.withdraw')}
        <span className="visually-hidden">: {sharing.institution.name}</span>
      </button>
    );
  }
  return (
    <div ref={ref} className="confirm-panel" tabIndex={-1} role="group" aria-labelledby={titleId}>
      <h4 id={titleId} className="heading-s">
        {t('sharing.confirmTitle', { name: sharing.institution.name })}
      </h4>
      <p>{t('sharing.confirmBody')}</p>
      {withdraw.isError && <ApiErrorMessage error={withdraw.error} />}
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          disabled={withdraw.isPending}
          onClick={() => withdraw.mutate(sharing.id, { onSuccess: () => onWithdrawn(sharing.institution.name) })}
        >
          {withdraw.isPending ? t('common.saving') : t('sharing.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** The legal bases on which other institutions see this person: active and withdrawn; record and withdraw. */
export function SharingPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sharing = useClientSharing(client.id);
  const [announcement, setAnnouncement] = useState('');
  const items = sharing.data ?? [];
  return (
    <section aria-labelledby="sharing-heading" className="section">
      <h2 id="sharing-heading" className="heading-m">
        {t('sharing.heading')}
      </h2>
      <p className="hint">{t('sharing.lead')}</p>
      <p role="status" className="sharing-announcement">
        {announcement}
      </p>
      {sharing.isPending && <p>{t('sharing.loading')}</p>}
      {sharing.isError && <ApiErrorMessage error={sharing.error} onRetry={() => void sharing.refetch()} />}
      {sharing.data && items.length === 0 && <p>{t('sharing.none')}</p>}
      {items.length > 0 && (
        <ul className="list sharing-list">
          {items.map((item) => (
            <li key={item.id} className="sharing-list__item">
              <h3 className="heading-s">
                {item.institution.name}{' '}
                {item.active ? <Tag variant="green">{t('sharing.active')}</Tag> : <Tag variant="grey">{t('sharing.withdrawn')}</Tag>}
              </h3>
              <dl className="summary-list summary-list--compact">
                <div className="summary-list__row">
                  <dt className="summary-list__key">{t('sharing.label.legalBasis')}</dt>
                  <dd className="summary-list__value">{t(`legalBasis.${item.legalBasis}`)}</dd>
                </div>
                <div className="summary-list__row">
                  <dt className="summary-list__key">{t('sharing.label.purpose')}</dt>
                  <dd className="summary-list__value">{item.purpose}</dd>
                </div>
                {item.statutoryTask && (
                  <div className="summary-list__row">
                    <dt className="summary-list__key">{t('sharing.label.statutoryTask')}</dt>
                    <dd className="summary-list__value">{item.statutoryTask}</dd>
                  </div>
                )}
                <div className="summary-list__row">
                  <dt className="summary-list__key">{t('sharing.sensitiveShort')}</dt>
                  <dd className="summary-list__value">{item.includesSensitive ? t('common.yes') : t('common.no')}</dd>
                </div>
                <div className="summary-list__row">
                  <dt className="summary-list__key">{t('sharing.label.givenOn')}</dt>
                  <dd className="summary-list__value">{formatDate(item.givenOn, language)}</dd>
                </div>
                <div className="summary-list__row">
                  <dt className="summary-list__key">{t('sharing.recorded')}</dt>
                  <dd className="summary-list__value">
                    {t('sharing.byAt', { who: item.recordedBy, at: formatDateTime(item.recordedAt, language) })}
                  </dd>
                </div>
                {!item.active && item.withdrawnAt && (
                  <div className="summary-list__row">
                    <dt className="summary-list__key">{t('sharing.withdrawnAt')}</dt>
                    <dd className="summary-list__value">
                      {t('sharing.byAt', { who: item.withdrawnBy ?? '', at: formatDateTime(item.withdrawnAt, language) })}
                    </dd>
                  </div>
                )}
              </dl>
              {client.canManageSharing && item.active && (
                <WithdrawButton client={client} sharing={item} onWithdrawn={(name) => setAnnouncement(t('sharing.withdrawnNotice', { name }))} />
              )}
            </li>
          ))}
        </ul>
      )}
      {client.canManageSharing ? (
        <RecordSharingForm client={client} onRecorded={(name) => setAnnouncement(t('sharing.recordedNotice', { name }))} />
      ) : (
        <div className="inset-text">
          <p>{t('sharing.cannotManage')}</p>
        </div>
      )}
    </section>
  );
}
