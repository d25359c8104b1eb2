import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links } from '@/shared/routes/links';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, SelectField, TextAreaField, TextField } from '@/shared/forms/fields';
import { firstErrorByField, sortByFieldOrder, useErrorMessage, type FormError } from '@/shared/forms/formErrors';
import { AreaSelect, areaSelectTargetId } from '@/shared/reference/AreaSelect';
import { CLIENT_FIELDS, clientFieldId, DISABILITY_LEVELS, type ClientField, type ClientFormValues } from './clientForm';

interface ClientFormProps {
  values: ClientFormValues;
  onChange: (field: ClientField, value: string) => void;
  errors: FormError[];
  /** changes with every failed submission: the error summary takes the focus again */
  errorFocusKey: number;
  onSubmit: () => void;
  submitting: boolean;
  /** the submit button's text (registration by default) */
  submitLabel?: string;
  /** cancel in place instead of going back to the caseload */
  onCancel?: () => void;
  /** shown above the fields, e.g. the 412 notice of a change */
  notice?: ReactNode;
  /** more fields after the others, e.g. the reason of a change */
  extra?: ReactNode;
  /** the level of the sections' headings: one below the heading the form stands under */
  headingLevel?: 2 | 3;
  /** the special-category section (only when the caller's institution may see those data) */
  withSensitive?: boolean;
  /** the form's accessible name, when it stands among other content */
  label?: string;
}

function FormSection({ title, children, className, level = 2 }: { title: string; children: ReactNode; className?: string; level?: 2 | 3 }) {
  const Heading = `h${level}` as const;
  return (
    <section className={`form-section${className ? ` ${className}` : ''}`}>
      <Heading className={level === 2 ? 'heading-m' : 'heading-s'}>{title}</Heading>
      {children}
    </section>
  );
}

type LooseT = (key: string) => string;

/** Registering a person: identity, then the special-category data apart and clearly marked. */
export function ClientForm({
  values,
  onChange,
  errors,
  errorFocusKey,
  onSubmit,
  submitting,
  submitLabel,
  onCancel,
  notice,
  extra,
  headingLevel = 2,
  withSensitive = true,
  label: formLabel,
}: ClientFormProps) {
  const { t } = useTranslation();
  const message = useErrorMessage('client');
  const label = (field: ClientField): string => (t as unknown as LooseT)(`clientForm.label.${field.replace('.', '_')}`);
  const ordered = sortByFieldOrder(errors, CLIENT_FIELDS);
  const byField = firstErrorByField(ordered);
  const errorText = (field: ClientField): string | undefined => {
    const error = byField.get(field);
    return error ? message(error, label(field)) : undefined;
  };
  const summaryItems = ordered.map((error) => {
    const field = error.field as ClientField | '';
    if (!field) return { text: message(error, '') };
    const targetId = field === 'gminaTeryt' ? areaSelectTargetId(clientFieldId(field), values.gminaTeryt) : clientFieldId(field);
    return { targetId, text: message(error, label(field)) };
  });
  const text = (field: ClientField, options: { hint?: string; width?: string; type?: 'text' | 'email' | 'tel'; inputMode?: 'numeric'; autoComplete?: string } = {}) => (
    <TextField id={clientFieldId(field)} label={label(field)} error={errorText(field)} value={values[field]} onChange={(value) => onChange(field, value)} {...options} />
  );
  const yesNo = (field: ClientField) => (
    <SelectField
      id={clientFieldId(field)}
      label={label(field)}
      error={errorText(field)}
      value={values[field]}
      onChange={(value) => onChange(field, value)}
      emptyLabel={t('clientForm.notStated')}
      options={[
        { value: 'yes', label: t('common.yes') },
        { value: 'no', label: t('common.no') },
      ]}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={submitting} aria-label={formLabel}>
      <ErrorSummary key={errorFocusKey} items={summaryItems} />
      {notice}
      <FormSection title={t('clientForm.section.identity')} level={headingLevel}>
        {text('firstName', { width: 'two-thirds', autoComplete: 'given-name' })}
        {text('lastName', { width: 'two-thirds', autoComplete: 'family-name' })}
        {text('pesel', { width: 'char-14', inputMode: 'numeric', hint: t('clientForm.hint.pesel') })}
        <DateField
          id={clientFieldId('birthDate')}
          label={label('birthDate')}
          hint={t('clientForm.hint.birthDate')}
          error={errorText('birthDate')}
          value={values.birthDate}
          onChange={(value) => onChange('birthDate', value)}
        />
        <AreaSelect
          id={clientFieldId('gminaTeryt')}
          legend={label('gminaTeryt')}
          hint={t('clientForm.hint.gminaTeryt')}
          level="gmina"
          error={errorText('gminaTeryt')}
          value={values.gminaTeryt}
          onChange={(value) => onChange('gminaTeryt', value)}
        />
      </FormSection>
      <FormSection title={t('clientForm.section.contact')} level={headingLevel}>
        {text('phone', { width: 'half', type: 'tel', autoComplete: 'tel' })}
        {text('email', { width: 'two-thirds', type: 'email', autoComplete: 'email' })}
      </FormSection>
      {withSensitive && (
      <FormSection title={t('clientForm.section.sensitive')} className="form-section--sensitive" level={headingLevel}>
        <div className="warning-text">
          <span className="warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="warning-text__text">
            <span className="visually-hidden">{t('common.warning')}</span> {t('clientForm.sensitiveWarning')}
          </strong>
        </div>
        <SelectField
          id={clientFieldId('sensitive.disabilityLevel')}
          label={label('sensitive.disabilityLevel')}
          error={errorText('sensitive.disabilityLevel')}
          value={values['sensitive.disabilityLevel']}
          onChange={(value) => onChange('sensitive.disabilityLevel', value)}
          emptyLabel={t('clientForm.notStated')}
          options={DISABILITY_LEVELS.map((level) => ({ value: level, label: t(`disabilityLevel.${level}`) }))}
        />
        {yesNo('sensitive.addiction')}
        {yesNo('sensitive.homeless')}
        <DateField
          id={clientFieldId('sensitive.socialAssistanceSince')}
          label={label('sensitive.socialAssistanceSince')}
          error={errorText('sensitive.socialAssistanceSince')}
          value={values['sensitive.socialAssistanceSince']}
          onChange={(value) => onChange('sensitive.socialAssistanceSince', value)}
        />
        <TextAreaField
          id={clientFieldId('sensitive.notes')}
          label={label('sensitive.notes')}
          error={errorText('sensitive.notes')}
          value={values['sensitive.notes']}
          onChange={(value) => onChange('sensitive.notes', value)}
        />
      </FormSection>
      )}
      {extra}
      <div className="button-group">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('common.saving') : (submitLabel ?? t('clientForm.submit'))}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : (
        <Link className="link-button" to={links.caseload()}>
          {t('common.cancel')}
        </Link>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {submitting ? t('common.saving') : ''}
      </p>
    </form>
  );
}
