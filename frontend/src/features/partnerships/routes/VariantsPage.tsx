import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { formatDate, isIsoDate } from '@/shared/format/dates';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, DateField, Fieldset, SelectField, TextAreaField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useLabels } from '@/shared/i18n/labels';
import { useAddVariant, type VariantRequest } from '../api/addVariant';
import { useOrganisationalVariants } from '../api/listOrganisationalVariants';
import { useVariants } from '../api/listVariants';
import { useUpdateVariant } from '../api/updateVariant';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import { usePartnershipLabels } from '../components/labels';
import { PartnershipFrame } from '../components/PartnershipFrame';
import { VariantStatusTag } from '../components/StatusTags';
import { partnershipSubmissionErrors } from '../components/submissionErrors';
import { isKisFounder, JOIN_NEIGHBOUR, KIS_FOUNDERS, NEW_KIS, VARIANT_STATUSES, type KisFounder, type Partnership, type Variant, type VariantStatus } from '../model';

const FIELDS = ['variantCode', 'status', 'decidedOn', 'startedOn', 'finishedOn', 'partnerInstitutionId', 'founder', 'founderInstitutionId', 'notes'] as const;
type VariantField = (typeof FIELDS)[number];

interface VariantValues {
  variantCode: string;
  status: VariantStatus | '';
  decidedOn: string;
  startedOn: string;
  finishedOn: string;
  partnerInstitutionId: string;
  founder: KisFounder | '';
  founderInstitutionId: string;
  notes: string;
}

function valuesOf(variant: Variant): VariantValues {
  return {
    variantCode: variant.variant.code,
    status: variant.status,
    decidedOn: variant.decidedOn ?? '',
    startedOn: variant.startedOn ?? '',
    finishedOn: variant.finishedOn ?? '',
    partnerInstitutionId: variant.partnerInstitution?.id ?? '',
    founder: isKisFounder(variant.founder) ? variant.founder : '',
    founderInstitutionId: variant.founderInstitution?.id ?? '',
    notes: variant.notes ?? '',
  };
}

function validate(values: VariantValues): FormError[] {
  const errors: FormError[] = [];
  if (!values.variantCode) errors.push({ field: 'variantCode', code: 'required' });
  if (!values.status) errors.push({ field: 'status', code: 'required' });
  for (const field of ['decidedOn', 'startedOn', 'finishedOn'] as const) {
    if (values[field] && !isIsoDate(values[field])) errors.push({ field, code: 'not-a-date' });
  }
  if (isIsoDate(values.decidedOn) && isIsoDate(values.startedOn) && values.startedOn < values.decidedOn) errors.push({ field: 'startedOn', code: 'date-order' });
  if (isIsoDate(values.startedOn) && isIsoDate(values.finishedOn) && values.finishedOn < values.startedOn) errors.push({ field: 'finishedOn', code: 'date-order' });
  if (values.variantCode === JOIN_NEIGHBOUR && !values.partnerInstitutionId) errors.push({ field: 'partnerInstitutionId', code: 'required' });
  if (values.variantCode === NEW_KIS && !values.founder) errors.push({ field: 'founder', code: 'required' });
  if (values.notes.length > 4000) errors.push({ field: 'notes', code: 'too-long', values: { max: 4000 } });
  return errors;
}

/** Only the detail of the chosen variant goes to the API: the neighbour's CIS/KIS, or the KIS founder. */
function toRequest(values: VariantValues): VariantRequest {
  return {
    variantCode: values.variantCode,
    status: values.status as VariantStatus,
    decidedOn: values.decidedOn || null,
    startedOn: values.startedOn || null,
    finishedOn: values.finishedOn || null,
    partnerInstitutionId: values.variantCode === JOIN_NEIGHBOUR ? values.partnerInstitutionId || null : null,
    founder: values.variantCode === NEW_KIS ? (values.founder as KisFounder) : null,
    founderInstitutionId: values.variantCode === NEW_KIS ? values.founderInstitutionId || null : null,
    notes: values.notes.trim() || null,
  };
}

interface VariantFormProps {
  prefix: string;
  heading: string;
  existing?: Variant;
  onDone: (message: string) => void;
  onCancel?: () => void;
  partnership: Partnership;
}

/** A variant record: which variant, its status and dates, and the detail only that variant has. */
function VariantForm({ prefix, heading, existing, onDone, onCancel, partnership }: VariantFormProps) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const names = useLabels();
  const catalogue = useOrganisationalVariants();
  const records = useVariants(partnership.id);
  const add = useAddVariant(partnership.id);
  const update = useUpdateVariant(partnership.id);
  const { version, conflict, reload } = useVersionConflict(existing?.version ?? 0);
  const id = (field: VariantField) => `${prefix}-${field}`;
  const form = useFormErrors('variant', FIELDS, id, 'partnerships.variants.label');
  const empty: VariantValues = { variantCode: '', status: 'CONSIDERED', decidedOn: '', startedOn: '', finishedOn: '', partnerInstitutionId: '', founder: '', founderInstitutionId: '', notes: '' };
  const [values, setValues] = useState<VariantValues>(() => (existing ? valuesOf(existing) : empty));
  const set = <K extends keyof VariantValues>(field: K, value: VariantValues[K]) => setValues((current) => ({ ...current, [field]: value }));
  const chosen = catalogue.data?.find((variant) => variant.code === values.variantCode);
  const statuses = existing ? VARIANT_STATUSES.filter((status) => status === existing.status || existing.allowedStatuses.includes(status)) : VARIANT_STATUSES.filter((status) => status !== 'DONE' && status !== 'ABANDONED');
  const pending = add.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = validate(values);
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    const onError = (error: unknown) => (isApiError(error, 412) ? conflict.stale() : form.show(partnershipSubmissionErrors(error, FIELDS, t)));
    const name = chosen ? names.name(chosen) : values.variantCode;
    if (existing) {
      update.mutate({ variantId: existing.id, version, body: toRequest(values) }, { onSuccess: () => onDone(t('partnerships.variants.saved', { name })), onError });
    } else {
      add.mutate(toRequest(values), {
        onSuccess: () => {
          setValues(empty);
          onDone(t('partnerships.variants.added', { name }));
        },
        onError,
      });
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-heading`} aria-busy={pending}>
      <h3 id={`${prefix}-heading`} className="heading-s">
        {heading}
      </h3>
      <ConflictNotice
        level={4}
        state={conflict.state}
        reloading={conflict.reloading}
        onReload={() => void reload(async () => (await records.refetch()).data?.find((item) => item.id === existing?.id))}
      />
      <ErrorSummary key={form.focusKey} items={form.summary} />
      {existing ? (
        <div className="form-group">
          <p className="label">{form.label('variantCode')}</p>
          <p>{names.name(existing.variant)}</p>
        </div>
      ) : (
        <Fieldset id={id('variantCode')} legend={form.label('variantCode')} error={form.errorText('variantCode')}>
          {(catalogue.data ?? []).map((variant, index) => (
            <Choice
              key={variant.code}
              id={index === 0 ? id('variantCode') : `${prefix}-variant-${variant.code}`}
              name={`${prefix}-variantCode`}
              type="radio"
              value={variant.code}
              label={names.name(variant)}
              hint={variant.descriptionPl && names.name({ namePl: variant.descriptionPl, nameEn: variant.descriptionEn })}
              checked={values.variantCode === variant.code}
              onChange={() => set('variantCode', variant.code)}
            />
          ))}
          {catalogue.isError && <ApiErrorMessage error={catalogue.error} />}
        </Fieldset>
      )}
      <SelectField
        id={id('status')}
        label={form.label('status')}
        hint={t('partnerships.variants.hint.status')}
        error={form.errorText('status')}
        value={values.status}
        options={statuses.map((status) => ({ value: status, label: labels.variantStatus(status) }))}
        onChange={(value) => set('status', value as VariantStatus)}
      />
      <div className="date-pair">
        <DateField id={id('decidedOn')} label={form.label('decidedOn')} error={form.errorText('decidedOn')} value={values.decidedOn} onChange={(value) => set('decidedOn', value)} />
        <DateField id={id('startedOn')} label={form.label('startedOn')} error={form.errorText('startedOn')} value={values.startedOn} onChange={(value) => set('startedOn', value)} />
        <DateField id={id('finishedOn')} label={form.label('finishedOn')} error={form.errorText('finishedOn')} value={values.finishedOn} onChange={(value) => set('finishedOn', value)} />
      </div>
      {values.variantCode === JOIN_NEIGHBOUR && (
        <div className="conditional">
          <InstitutionPicker
            id={id('partnerInstitutionId')}
            label={form.label('partnerInstitutionId')}
            hint={t('partnerships.variants.hint.partnerInstitutionId')}
            error={form.errorText('partnerInstitutionId')}
            value={values.partnerInstitutionId}
            onChange={(value) => set('partnerInstitutionId', value)}
            types={['CIS', 'KIS']}
          />
        </div>
      )}
      {values.variantCode === NEW_KIS && (
        <div className="conditional">
          <Fieldset id={id('founder')} legend={form.label('founder')} error={form.errorText('founder')}>
            {KIS_FOUNDERS.map((founder, index) => (
              <Choice
                key={founder}
                id={index === 0 ? id('founder') : `${prefix}-founder-${founder}`}
                name={`${prefix}-founder`}
                type="radio"
                value={founder}
                label={labels.founder(founder)}
                checked={values.founder === founder}
                onChange={() => setValues((current) => ({ ...current, founder, founderInstitutionId: '' }))}
              />
            ))}
          </Fieldset>
          {values.founder && (
            <InstitutionPicker
              key={values.founder}
              id={id('founderInstitutionId')}
              label={form.label('founderInstitutionId')}
              hint={t('partnerships.variants.hint.founderInstitutionId')}
              error={form.errorText('founderInstitutionId')}
              value={values.founderInstitutionId}
              onChange={(value) => set('founderInstitutionId', value)}
              types={[values.founder]}
            />
          )}
        </div>
      )}
      <TextAreaField id={id('notes')} label={form.label('notes')} error={form.errorText('notes')} value={values.notes} rows={3} onChange={(value) => set('notes', value)} />
      <div className="button-group">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : existing ? t('partnerships.variants.save') : t('partnerships.variants.addSubmit')}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function VariantCard({ variant, partnership, onAnnounce }: { variant: Variant; partnership: Partnership; onAnnounce: (message: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = usePartnershipLabels();
  const names = useLabels();
  const [editing, setEditing] = useState(false);
  const name = names.name(variant.variant);
  return (
    <li className="card variant">
      <h3 className="card__title">
        {name} <VariantStatusTag status={variant.status} />
      </h3>
      <SummaryList>
        <SummaryRow term={t('partnerships.variants.label.decidedOn')}>{variant.decidedOn ? formatDate(variant.decidedOn, language) : null}</SummaryRow>
        <SummaryRow term={t('partnerships.variants.label.startedOn')}>{variant.startedOn ? formatDate(variant.startedOn, language) : null}</SummaryRow>
        <SummaryRow term={t('partnerships.variants.label.finishedOn')}>{variant.finishedOn ? formatDate(variant.finishedOn, language) : null}</SummaryRow>
        {variant.variant.code === JOIN_NEIGHBOUR && (
          <SummaryRow term={t('partnerships.variants.label.partnerInstitutionId')}>{variant.partnerInstitution?.name}</SummaryRow>
        )}
        {variant.variant.code === NEW_KIS && (
          <SummaryRow term={t('partnerships.variants.label.founder')}>
            {isKisFounder(variant.founder) ? labels.founder(variant.founder) : null}
            {variant.founderInstitution && <> – {variant.founderInstitution.name}</>}
          </SummaryRow>
        )}
        <SummaryRow term={t('partnerships.variants.label.notes')}>{variant.notes}</SummaryRow>
      </SummaryList>
      {partnership.permissions.manage && !editing && (
        <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
          {t('partnerships.variants.edit')}
          <span className="visually-hidden">: {name}</span>
        </button>
      )}
      {editing && (
        <VariantForm
          prefix={`variant-${variant.id}`}
          heading={t('partnerships.variants.editHeading', { name })}
          existing={variant}
          partnership={partnership}
          onCancel={() => setEditing(false)}
          onDone={(message) => {
            setEditing(false);
            onAnnounce(message);
          }}
        />
      )}
    </li>
  );
}

function VariantsContent({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const names = useLabels();
  const query = useVariants(partnership.id);
  const [announcement, setAnnouncement] = useState('');
  const variants = query.data ?? [];
  const current = variants.find((variant) => variant.status === 'CHOSEN' || variant.status === 'IN_PROGRESS' || variant.status === 'DONE');
  return (
    <>
      <p role="status" className="live-announcement">
        {announcement}
      </p>
      <p className="lead lead--s">{t('partnerships.variants.lead')}</p>
      <section aria-labelledby="variant-choice-heading" className="section">
        <h2 id="variant-choice-heading" className="heading-m">
          {t('partnerships.variants.choiceHeading')}
        </h2>
        {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
        {query.data && <p>{current ? t('partnerships.variants.current', { name: names.name(current.variant) }) : t('partnerships.variants.noneChosen')}</p>}
        {variants.length > 0 && (
          <ul className="card-list">
            {variants.map((variant) => (
              <VariantCard key={variant.id} variant={variant} partnership={partnership} onAnnounce={setAnnouncement} />
            ))}
          </ul>
        )}
        {partnership.permissions.manage && (
          <VariantForm prefix="variant-new" heading={t('partnerships.variants.addHeading')} partnership={partnership} onDone={setAnnouncement} />
        )}
      </section>
    </>
  );
}

/** The organisational variant of the reintegration services: considered, chosen, in progress, done. */
export function VariantsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <PartnershipFrame id={id} heading={t('partnerships.variants.title')}>
      {(partnership) => <VariantsContent partnership={partnership} />}
    </PartnershipFrame>
  );
}
