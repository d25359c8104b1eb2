import { sortByName } from '@/shared/format/collate';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, Field, Fieldset, TextAreaField, TextField } from '@/shared/forms/fields';
import { firstErrorByField, sortByFieldOrder, useErrorMessage, type FormError } from '@/shared/forms/formErrors';
import { isOfferingStatus, OFFERING_STATUSES, useLabels, type Bilingual } from '@/shared/i18n/labels';
import { useAllServices, type ServiceSummary } from '@/shared/reference/api/listAllServices';
import type { Offering } from '../api/getInstitution';
import type { OfferingRequest } from '../api/addOffering';

export const OFFERING_FIELDS = ['serviceCode', 'places', 'schedule', 'contact', 'status'] as const;
export type OfferingField = (typeof OFFERING_FIELDS)[number];
export type OfferingFormValues = Record<OfferingField, string>;

const MAX_TEXT = 500;

export function offeringFieldId(field: OfferingField): string {
  return field === 'status' ? 'offering-status-ACTIVE' : `offering-${field}`;
}

export function emptyOfferingValues(): OfferingFormValues {
  return { serviceCode: '', places: '', schedule: '', contact: '', status: 'ACTIVE' };
}

export function fromOffering(offering: Offering): OfferingFormValues {
  return {
    serviceCode: offering.service.code,
    places: offering.places === null || offering.places === undefined ? '' : String(offering.places),
    schedule: offering.schedule ?? '',
    contact: offering.contact ?? '',
    status: offering.status,
  };
}

export function toOfferingRequest(values: OfferingFormValues): OfferingRequest {
  const places = values.places.trim();
  return {
    serviceCode: values.serviceCode,
    places: /^\d+$/.test(places) ? Number(places) : null,
    schedule: values.schedule.trim() || null,
    contact: values.contact.trim() || null,
    status: isOfferingStatus(values.status) ? values.status : 'ACTIVE',
  };
}

/** Courtesy checks before sending; the API checks again (and knows the catalogue). */
export function validateOffering(values: OfferingFormValues): FormError[] {
  const errors: FormError[] = [];
  if (values.serviceCode === '') errors.push({ field: 'serviceCode', code: 'required' });
  const places = values.places.trim();
  if (places !== '' && !/^\d+$/.test(places)) {
    errors.push({ field: 'places', code: /^-\d+$/.test(places) ? 'PositiveOrZero' : 'not-a-number' });
  }
  for (const field of ['schedule', 'contact'] as const) {
    if (values[field].trim().length > MAX_TEXT) errors.push({ field, code: 'too-long', values: { max: MAX_TEXT } });
  }
  return errors;
}

export function withOfferingLimits(errors: FormError[]): FormError[] {
  return errors.map((error) =>
    error.code === 'Size' && (error.field === 'schedule' || error.field === 'contact')
      ? { ...error, code: 'too-long', values: { max: MAX_TEXT } }
      : error,
  );
}

/** Catalogue entries grouped by their legal act, historical ones left out unless already chosen. */
function groupByRegime(services: ServiceSummary[], chosen: string, name: (entry: Bilingual) => string, none: string) {
  const groups = new Map<string, { label: string; items: ServiceSummary[] }>();
  for (const service of services) {
    if (service.historical && service.code !== chosen) continue;
    const key = service.legalRegime?.code ?? '';
    const group = groups.get(key) ?? { label: service.legalRegime ? name(service.legalRegime) : none, items: [] };
    group.items.push(service);
    groups.set(key, group);
  }
  return sortByName([...groups.values()], (group) => group.label);
}

interface OfferingFormProps {
  values: OfferingFormValues;
  onChange: (field: OfferingField, value: string) => void;
  errors: FormError[];
  errorFocusKey: number;
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  cancelHref: string;
  notice?: ReactNode;
}

export function OfferingForm({ values, onChange, errors, errorFocusKey, onSubmit, submitting, submitLabel, cancelHref, notice }: OfferingFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const services = useAllServices();
  const message = useErrorMessage('offering');
  const label = (field: OfferingField): string => t(`offeringForm.label.${field}`);
  const ordered = sortByFieldOrder(errors, OFFERING_FIELDS);
  const byField = firstErrorByField(ordered);
  const errorText = (field: OfferingField): string | undefined => {
    const error = byField.get(field);
    return error ? message(error, label(field)) : undefined;
  };
  const summaryItems = ordered.map((error) =>
    error.field
      ? { targetId: offeringFieldId(error.field as OfferingField), text: message(error, label(error.field as OfferingField)) }
      : { text: message(error, '') },
  );
  const groups = groupByRegime(services.data ?? [], values.serviceCode, labels.name, t('offeringForm.noRegime'));
  const serviceError = errorText('serviceCode');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={submitting}>
      <ErrorSummary key={errorFocusKey} items={summaryItems} />
      {notice}
      <Field id={offeringFieldId('serviceCode')} label={label('serviceCode')} hint={t('offeringForm.hint.serviceCode')} error={serviceError}>
        {(control) => (
          <select
            {...control}
            className={`select select--wide${serviceError ? ' input--error' : ''}`}
            value={values.serviceCode}
            onChange={(event) => onChange('serviceCode', event.target.value)}
          >
            <option value="">{services.isPending ? t('area.loading') : t('offeringForm.chooseService')}</option>
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.items.map((service) => (
                  <option key={service.code} value={service.code}>
                    {labels.name(service)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id={offeringFieldId('places')}
        label={label('places')}
        hint={t('offeringForm.hint.places')}
        error={errorText('places')}
        value={values.places}
        onChange={(value) => onChange('places', value)}
        inputMode="numeric"
        width="char-5"
      />
      <TextAreaField
        id={offeringFieldId('schedule')}
        label={label('schedule')}
        hint={t('offeringForm.hint.schedule')}
        error={errorText('schedule')}
        value={values.schedule}
        onChange={(value) => onChange('schedule', value)}
        rows={2}
      />
      <TextAreaField
        id={offeringFieldId('contact')}
        label={label('contact')}
        hint={t('offeringForm.hint.contact')}
        error={errorText('contact')}
        value={values.contact}
        onChange={(value) => onChange('contact', value)}
        rows={2}
      />
      <Fieldset id="offering-status" legend={label('status')} error={errorText('status')}>
        <div className="choices">
          {OFFERING_STATUSES.map((status) => (
            <Choice
              key={status}
              id={`offering-status-${status}`}
              name="status"
              type="radio"
              value={status}
              label={labels.offeringStatus(status)}
              hint={t(`offeringForm.statusHint.${status}`)}
              checked={values.status === status}
              onChange={() => onChange('status', status)}
            />
          ))}
        </div>
      </Fieldset>
      <div className="button-group">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('common.saving') : submitLabel}
        </button>
        <Link className="link-button" to={cancelHref}>
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
