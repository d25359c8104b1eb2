import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/shared/api/types';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Tag } from '@/shared/components/Tag';
import { formatDate, formatDateTime, isIsoDate, todayIso } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import { Choice, DateField, SelectField, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useClientSharing } from '../api/listSharing';
import { useRecordSharing } from '../api/recordSharing';
import { useWithdrawSharing } from '../api/withdrawSharing';
import type { Client, Sharing } from '../model';
import { useFormErrors } from '@/shared/forms/useFormErrors';

export const LEGAL_BASES: readonly Schemas['LegalBasis'][] = [
  'CONSENT_ART_6_1_A',
  'LEGAL_OBLIGATION_ART_6_1_C',
  'PUBLIC_TASK_ART_6_1_E',
  'EXPLICIT_CONSENT_ART_9_2_A',
  'SOCIAL_PROTECTION_ART_9_2_B',
  'SOCIAL_CARE_ART_9_2_H',
];
const ARTICLE_9 = new Set<string>(['EXPLICIT_CONSENT_ART_9_2_A', 'SOCIAL_PROTECTION_ART_9_2_B', 'SOCIAL_CARE_ART_9_2_H']);

const SHARING_FIELDS = ['institutionId', 'legalBasis', 'purpose', 'statutoryTask', 'includesSensitive', 'givenOn'] as const;
type SharingField = (typeof SHARING_FIELDS)[number];
type SharingValues = Record<SharingField, string>;

const sharingFieldId = (field: SharingField) => `sharing-${field}`;

function validateSharing(values: SharingValues): FormError[] {
  const errors: FormError[] = [];
  if (!values.institutionId) errors.push({ field: 'institutionId', code: 'required' });
  if (!values.legalBasis) errors.push({ field: 'legalBasis', code: 'required' });
  if (!values.purpose.trim()) errors.push({ field: 'purpose', code: 'NotBlank' });
  if (values.includesSensitive === 'true' && values.legalBasis && !ARTICLE_9.has(values.legalBasis)) {
    errors.push({ field: 'legalBasis', code: 'not-article-9' });
  }
  if (!isIsoDate(values.givenOn)) errors.push({ field: 'givenOn', code: values.givenOn ? 'not-a-date' : 'required' });
  return errors;
}

function RecordSharingForm({ client, onRecorded }: { client: Client; onRecorded: (name: string) => void }) {
  const { t } = useTranslation();
  const record = useRecordSharing(client.id);
  const [values, setValues] = useState<SharingValues>({ institutionId: '', legalBasis: '', purpose: '', statutoryTask: '', includesSensitive: '', givenOn: todayIso() });
  // a new picker (empty search box) after each recorded basis
  const [recorded, setRecorded] = useState(0);
  const form = useFormErrors('sharing', SHARING_FIELDS, sharingFieldId, 'sharing.label');
  const set = (field: SharingField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors = validateSharing(values);
    if (clientErrors.length > 0) {
      form.show(clientErrors);
      return;
    }
    form.clear();
    record.mutate(
      {
        institutionId: values.institutionId,
        legalBasis: values.legalBasis as Schemas['LegalBasis'],
        purpose: values.purpose.trim(),
        statutoryTask: values.statutoryTask.trim() || null,
        includesSensitive: values.includesSensitive === 'true',
        givenOn: values.givenOn,
      },
      {
        onSuccess: (saved) => {
          setValues({ institutionId: '', legalBasis: '', purpose: '', statutoryTask: '', includesSensitive: '', givenOn: todayIso() });
          setRecorded((count) => count + 1);
          onRecorded(saved.institution.name);
        },
        onError: (error) => form.show(submissionErrors(error, SHARING_FIELDS, t)),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={record.isPending} aria-labelledby="record-sharing-heading">
      <h3 id="record-sharing-heading" className="heading-s">
        {t('sharing.recordHeading')}
      </h3>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <InstitutionPicker
        key={recorded}
        id={sharingFieldId('institutionId')}
        label={form.label('institutionId')}
        error={form.errorText('institutionId')}
        value={values.institutionId}
        onChange={(value) => set('institutionId', value)}
        exclude={[client.registeredBy.id]}
        filterLabel={t('sharing.institutionFilter')}
      />
      <SelectField
        id={sharingFieldId('legalBasis')}
        label={form.label('legalBasis')}
        hint={t('sharing.hint.legalBasis')}
        error={form.errorText('legalBasis')}
        value={values.legalBasis}
        onChange={(value) => set('legalBasis', value)}
        emptyLabel={t('sharing.chooseBasis')}
        options={LEGAL_BASES.map((basis) => ({ value: basis, label: t(`legalBasis.${basis}`) }))}
      />
      <TextAreaField
        id={sharingFieldId('purpose')}
        label={form.label('purpose')}
        hint={t('sharing.hint.purpose')}
        error={form.errorText('purpose')}
        value={values.purpose}
        rows={3}
        onChange={(value) => set('purpose', value)}
      />
      <TextField
        id={sharingFieldId('statutoryTask')}
        label={form.label('statutoryTask')}
        hint={t('sharing.hint.statutoryTask')}
        error={form.errorText('statutoryTask')}
        value={values.statutoryTask}
        width="two-thirds"
        onChange={(value) => set('statutoryTask', value)}
      />
      <div className="form-group">
        <Choice
          id={sharingFieldId('includesSensitive')}
          name="includesSensitive"
          type="checkbox"
          label={form.label('includesSensitive')}
          hint={t('sharing.hint.includesSensitive')}
          checked={values.includesSensitive === 'true'}
          onChange={(checked) => set('includesSensitive', checked ? 'true' : '')}
        />
      </div>
      <DateField
        id={sharingFieldId('givenOn')}
        label={form.label('givenOn')}
        hint={t('sharing.hint.givenOn')}
        error={form.errorText('givenOn')}
        value={values.givenOn}
        onChange={(value) => set('givenOn', value)}
      />
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
