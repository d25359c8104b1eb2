import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { firstErrorByField, sortByFieldOrder, useErrorMessage, type FormError } from '@/shared/forms/formErrors';
import { DateField, SelectField, TextAreaField, TextField } from '@/shared/forms/fields';
import {
  COOPERATIVE_PROFILES,
  INSTITUTION_TYPES,
  OFFICIAL_STATUS_KINDS,
  STAKEHOLDER_ROLES,
  useLabels,
} from '@/shared/i18n/labels';
import { AreaSelect, areaSelectTargetId } from '@/shared/reference/AreaSelect';
import {
  COOPERATIVE_TYPE,
  fieldId,
  INSTITUTION_FIELDS,
  type InstitutionField,
  type InstitutionFormValues,
} from './institutionForm';

interface InstitutionFormProps {
  values: InstitutionFormValues;
  onChange: (field: InstitutionField, value: string) => void;
  errors: FormError[];
  /** changes with every failed submission: the error summary takes the focus again */
  errorFocusKey: number;
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  cancelHref: string;
  /** the entry being edited (not when creating) */
  institutionId?: string;
  currentOperator?: { id: string; name: string } | null;
  /** administrators also see the identifier of the source system */
  showExternalId: boolean;
  /** shown between the error summary and the fields (e.g. the 412 explanation) */
  notice?: ReactNode;
}

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="form-section">
      <h2 className="heading-m">{title}</h2>
      {children}
    </section>
  );
}

/**
 * The directory entry form (create and edit). GOV.UK error pattern: a summary at the top
 * linking to each field, the same message by the field, aria-invalid and aria-describedby.
 */
export function InstitutionForm(props: InstitutionFormProps) {
  const { values, onChange, errors, errorFocusKey, onSubmit, submitting, submitLabel } = props;
  const { t } = useTranslation();
  const labels = useLabels();
  const message = useErrorMessage('institution');

  const label = (field: InstitutionField): string => t(`institutionForm.label.${field.replace('.', '_') as LabelKey}`);
  const ordered = sortByFieldOrder(errors, INSTITUTION_FIELDS);
  const byField = firstErrorByField(ordered);
  const errorText = (field: InstitutionField): string | undefined => {
    const error = byField.get(field);
    return error ? message(error, label(field)) : undefined;
  };
  const summaryItems = ordered.map((error) => {
    const field = error.field as InstitutionField | '';
    if (!field) return { text: message(error, '') };
    const targetId = field === 'gminaTeryt' ? areaSelectTargetId(fieldId(field), values.gminaTeryt) : fieldId(field);
    return { targetId, text: message(error, label(field)) };
  });

  const text = (field: InstitutionField, extra: { hint?: string; width?: string; type?: 'text' | 'email' | 'tel' | 'url'; inputMode?: 'numeric'; autoComplete?: string } = {}) => (
    <TextField
      id={fieldId(field)}
      label={label(field)}
      error={errorText(field)}
      value={values[field]}
      onChange={(value) => onChange(field, value)}
      {...extra}
    />
  );
  const area = (field: InstitutionField, hint?: string, rows = 4) => (
    <TextAreaField
      id={fieldId(field)}
      label={label(field)}
      hint={hint}
      error={errorText(field)}
      value={values[field]}
      rows={rows}
      onChange={(value) => onChange(field, value)}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={submitting}>
      <ErrorSummary key={errorFocusKey} items={summaryItems} />
      {props.notice}

      <FormSection title={t('institutionForm.section.basic')}>
        <SelectField
          id={fieldId('type')}
          label={label('type')}
          error={errorText('type')}
          value={values.type}
          onChange={(value) => onChange('type', value)}
          emptyLabel={t('institutionForm.chooseType')}
          options={INSTITUTION_TYPES.map((type) => ({ value: type, label: labels.institutionType(type) }))}
        />
        {text('name', { width: 'full' })}
        <SelectField
          id={fieldId('stakeholderRole')}
          label={label('stakeholderRole')}
          hint={t('institutionForm.hint.stakeholderRole')}
          error={errorText('stakeholderRole')}
          value={values.stakeholderRole}
          onChange={(value) => onChange('stakeholderRole', value)}
          emptyLabel={t('institutionForm.defaultRole')}
          options={STAKEHOLDER_ROLES.map((role) => ({ value: role, label: labels.stakeholderRole(role) }))}
        />
        {values.type === COOPERATIVE_TYPE && (
          <SelectField
            id={fieldId('cooperativeProfile')}
            label={label('cooperativeProfile')}
            hint={t('institutionForm.hint.cooperativeProfile')}
            error={errorText('cooperativeProfile')}
            value={values.cooperativeProfile}
            onChange={(value) => onChange('cooperativeProfile', value)}
            emptyLabel={t('institutionForm.noCooperativeProfile')}
            options={COOPERATIVE_PROFILES.map((profile) => ({ value: profile, label: labels.cooperativeProfile(profile) }))}
          />
        )}
        {text('legalForm', { width: 'two-thirds', hint: t('institutionForm.hint.legalForm') })}
        {area('legalBasis')}
        {area('statutoryTasks', undefined, 6)}
      </FormSection>

      <FormSection title={t('institutionForm.section.address')}>
        <AreaSelect
          id={fieldId('gminaTeryt')}
          legend={label('gminaTeryt')}
          hint={t('institutionForm.hint.gminaTeryt')}
          level="gmina"
          error={errorText('gminaTeryt')}
          value={values.gminaTeryt}
          onChange={(value) => onChange('gminaTeryt', value)}
        />
        {text('address.street', { width: 'two-thirds', autoComplete: 'street-address' })}
        {text('address.postalCode', { width: 'char-10', hint: t('institutionForm.hint.postalCode'), autoComplete: 'postal-code' })}
        {text('address.city', { width: 'two-thirds', autoComplete: 'address-level2' })}
      </FormSection>

      <FormSection title={t('institutionForm.section.operator')}>
        <p className="hint">{t('institutionForm.hint.operatorSection')}</p>
        <InstitutionPicker
          id={fieldId('operatorId')}
          label={label('operatorId')}
          value={values.operatorId}
          onChange={(value) => onChange('operatorId', value)}
          current={props.currentOperator}
          exclude={props.institutionId ? [props.institutionId] : undefined}
          includeInactive
          error={errorText('operatorId')}
          filterLabel={t('institutionForm.operatorFilter')}
          emptyLabel={t('institutionForm.noOperator')}
        />
        {text('operatorName', { width: 'two-thirds', hint: t('institutionForm.hint.operatorName') })}
      </FormSection>

      <FormSection title={t('institutionForm.section.contact')}>
        {text('phone', { width: 'half', type: 'tel', autoComplete: 'tel', hint: t('institutionForm.hint.phone') })}
        {text('email', { width: 'two-thirds', type: 'email', autoComplete: 'email' })}
        {text('website', { width: 'two-thirds', type: 'url', autoComplete: 'url', hint: t('institutionForm.hint.website') })}
      </FormSection>

      <FormSection title={t('institutionForm.section.identifiers')}>
        {text('krs', { width: 'char-10', inputMode: 'numeric', hint: t('institutionForm.hint.krs') })}
        {text('regon', { width: 'char-14', inputMode: 'numeric', hint: t('institutionForm.hint.regon') })}
        {text('nip', { width: 'char-14', inputMode: 'numeric', hint: t('institutionForm.hint.nip') })}
        {text('registerEntry', { width: 'two-thirds', hint: t('institutionForm.hint.registerEntry') })}
        {props.showExternalId && text('externalId', { width: 'half', hint: t('institutionForm.hint.externalId') })}
      </FormSection>

      <FormSection title={t('institutionForm.section.officialStatus')}>
        <SelectField
          id={fieldId('officialStatus.kind')}
          label={label('officialStatus.kind')}
          hint={t('institutionForm.hint.officialStatusKind')}
          error={errorText('officialStatus.kind')}
          value={values['officialStatus.kind']}
          onChange={(value) => onChange('officialStatus.kind', value)}
          emptyLabel={t('institutionForm.noOfficialStatus')}
          options={OFFICIAL_STATUS_KINDS.map((kind) => ({ value: kind, label: labels.officialStatusKind(kind) }))}
        />
        {text('officialStatus.grantedBy', { width: 'two-thirds', hint: t('institutionForm.hint.grantedBy') })}
        <div className="date-pair">
          <DateField
            id={fieldId('officialStatus.validFrom')}
            label={label('officialStatus.validFrom')}
            error={errorText('officialStatus.validFrom')}
            value={values['officialStatus.validFrom']}
            onChange={(value) => onChange('officialStatus.validFrom', value)}
          />
          <DateField
            id={fieldId('officialStatus.validTo')}
            label={label('officialStatus.validTo')}
            hint={t('institutionForm.hint.validTo')}
            error={errorText('officialStatus.validTo')}
            value={values['officialStatus.validTo']}
            onChange={(value) => onChange('officialStatus.validTo', value)}
          />
        </div>
      </FormSection>

      <FormSection title={t('institutionForm.section.cooperation')}>
        {text('places', { width: 'char-5', inputMode: 'numeric', hint: t('institutionForm.hint.places') })}
        {area('cooperationAreas', t('institutionForm.hint.cooperationAreas'), 5)}
      </FormSection>

      <div className="button-group">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('common.saving') : submitLabel}
        </button>
        <Link className="link-button" to={props.cancelHref}>
          {t('common.cancel')}
        </Link>
      </div>
      <p className="visually-hidden" role="status">
        {submitting ? t('common.saving') : ''}
      </p>
    </form>
  );
}

type LabelKey =
  | 'type' | 'name' | 'stakeholderRole' | 'cooperativeProfile' | 'legalForm' | 'legalBasis' | 'statutoryTasks' | 'gminaTeryt'
  | 'address_street' | 'address_postalCode' | 'address_city' | 'operatorId' | 'operatorName' | 'phone' | 'email'
  | 'website' | 'krs' | 'regon' | 'nip' | 'registerEntry' | 'externalId' | 'officialStatus_kind'
  | 'officialStatus_grantedBy' | 'officialStatus_validFrom' | 'officialStatus_validTo' | 'places' | 'cooperationAreas';
