import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, Fieldset, SelectField, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import type { StakeholderRequest } from '../api/addStakeholder';
import { isScenarioOutcome, SCENARIO_OUTCOMES, STAKEHOLDER_CODES, STAKEHOLDER_SECTORS, type ScenarioOutcome, type Stakeholder, type StakeholderCode } from '../model';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import { usePartnershipLabels } from './labels';

export const STAKEHOLDER_FIELDS = [
  'institutionId',
  'name',
  'sector',
  'outsideGmina',
  'usefulness',
  'resources.technical',
  'resources.personnel',
  'resources.financial',
  'code',
  'influenceScenario.notes',
  'influenceScenario.outcome',
  'influenceScenario',
] as const;
export type StakeholderField = (typeof STAKEHOLDER_FIELDS)[number];
export const stakeholderFieldId = (field: StakeholderField) => `stakeholder-${field.replace('.', '-')}`;

/** The error state of the stakeholder form. */
export function useStakeholderFormErrors() {
  return useFormErrors('stakeholder', STAKEHOLDER_FIELDS, stakeholderFieldId, 'partnerships.stakeholders.label');
}
export type StakeholderFormErrors = ReturnType<typeof useStakeholderFormErrors>;

export interface StakeholderValues {
  source: 'institution' | 'name';
  institutionId: string;
  name: string;
  sector: string;
  outsideGmina: boolean;
  usefulness: string;
  technical: string;
  personnel: string;
  financial: string;
  code: StakeholderCode | '';
  scenarioNotes: string;
  scenarioOutcome: ScenarioOutcome;
}

export function emptyStakeholder(): StakeholderValues {
  return {
    source: 'institution',
    institutionId: '',
    name: '',
    sector: '',
    outsideGmina: false,
    usefulness: '',
    technical: '',
    personnel: '',
    financial: '',
    code: '',
    scenarioNotes: '',
    scenarioOutcome: 'PENDING',
  };
}

export function fromStakeholder(stakeholder: Stakeholder): StakeholderValues {
  return {
    source: stakeholder.institution ? 'institution' : 'name',
    institutionId: stakeholder.institution?.id ?? '',
    name: stakeholder.institution ? '' : stakeholder.name,
    sector: stakeholder.sector,
    outsideGmina: stakeholder.outsideGmina,
    usefulness: stakeholder.usefulness ?? '',
    technical: stakeholder.resources.technical ?? '',
    personnel: stakeholder.resources.personnel ?? '',
    financial: stakeholder.resources.financial ?? '',
    code: stakeholder.code,
    scenarioNotes: stakeholder.influenceScenario?.notes ?? '',
    scenarioOutcome: isScenarioOutcome(stakeholder.influenceScenario?.outcome) ? stakeholder.influenceScenario.outcome : 'PENDING',
  };
}

function tooLong(errors: FormError[], field: StakeholderField, value: string, max: number): void {
  if (value.length > max) errors.push({ field, code: 'too-long', values: { max } });
}

export function validateStakeholder(values: StakeholderValues): FormError[] {
  const errors: FormError[] = [];
  if (values.source === 'institution' && !values.institutionId) errors.push({ field: 'institutionId', code: 'required' });
  if (values.source === 'name' && !values.name.trim()) errors.push({ field: 'name', code: 'required' });
  tooLong(errors, 'name', values.name, 300);
  if (!values.sector) errors.push({ field: 'sector', code: 'required' });
  tooLong(errors, 'usefulness', values.usefulness, 2000);
  tooLong(errors, 'resources.technical', values.technical, 2000);
  tooLong(errors, 'resources.personnel', values.personnel, 2000);
  tooLong(errors, 'resources.financial', values.financial, 2000);
  if (!values.code) errors.push({ field: 'code', code: 'required' });
  if (values.code === 'NEUTRAL') {
    if (!values.scenarioNotes.trim() && values.scenarioOutcome !== 'PENDING') errors.push({ field: 'influenceScenario.notes', code: 'required' });
    tooLong(errors, 'influenceScenario.notes', values.scenarioNotes, 4000);
  }
  return errors;
}

const text = (value: string): string | null => value.trim() || null;

/** The request of the form's values; the influence scenario goes only with a NEUTRAL code. */
export function toStakeholderRequest(values: StakeholderValues): StakeholderRequest {
  return {
    institutionId: values.source === 'institution' ? values.institutionId : null,
    name: values.source === 'name' ? values.name.trim() : null,
    sector: values.sector as StakeholderRequest['sector'],
    outsideGmina: values.outsideGmina,
    usefulness: text(values.usefulness),
    resources: { technical: text(values.technical), personnel: text(values.personnel), financial: text(values.financial) },
    code: values.code as StakeholderCode,
    influenceScenario:
      values.code === 'NEUTRAL' && values.scenarioNotes.trim() ? { notes: values.scenarioNotes.trim(), outcome: values.scenarioOutcome } : null,
  };
}

interface StakeholderFormProps {
  values: StakeholderValues;
  onChange: (values: StakeholderValues) => void;
  /** the form's error state (`useStakeholderFormErrors`), owned by the page */
  form: StakeholderFormErrors;
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  /** above the fields: e.g. the 412 notice */
  notice?: ReactNode;
  /** the institution is fixed once the entry exists (its identity) */
  institutionLocked?: string;
}

/**
 * An entry of the Gminny Katalog Interesariuszy: who, sector, usefulness, the three kinds of
 * resources, the code, and for a NEUTRAL stakeholder the influence scenario (scenariusz
 * oddziaływania) with its outcome. The scenario fields are shown only for NEUTRAL.
 */
export function StakeholderForm({ values, onChange, form, onSubmit, submitting, submitLabel, notice, institutionLocked }: StakeholderFormProps) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const set = <K extends keyof StakeholderValues>(field: K, value: StakeholderValues[K]) => onChange({ ...values, [field]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={submitting}>
      {notice}
      <ErrorSummary key={form.focusKey} items={form.summary} />
      {institutionLocked ? (
        <div className="form-group">
          <p className="label">{form.label('institutionId')}</p>
          <p>{institutionLocked}</p>
        </div>
      ) : (
        <>
          <Fieldset legend={t('partnerships.stakeholders.sourceLegend')}>
            <div className="choices choices--inline">
              <Choice id="stakeholder-source-institution" name="stakeholder-source" type="radio" value="institution" label={t('partnerships.stakeholders.sourceInstitution')} checked={values.source === 'institution'} onChange={() => set('source', 'institution')} />
              <Choice id="stakeholder-source-name" name="stakeholder-source" type="radio" value="name" label={t('partnerships.stakeholders.sourceName')} checked={values.source === 'name'} onChange={() => set('source', 'name')} />
            </div>
          </Fieldset>
          {values.source === 'institution' ? (
            <InstitutionPicker
              id={stakeholderFieldId('institutionId')}
              label={form.label('institutionId')}
              error={form.errorText('institutionId')}
              value={values.institutionId}
              onChange={(value) => set('institutionId', value)}
            />
          ) : (
            <TextField id={stakeholderFieldId('name')} label={form.label('name')} hint={t('partnerships.stakeholders.hint.name')} error={form.errorText('name')} value={values.name} width="two-thirds" onChange={(value) => set('name', value)} />
          )}
        </>
      )}
      <SelectField
        id={stakeholderFieldId('sector')}
        label={form.label('sector')}
        hint={t('partnerships.stakeholders.hint.sector')}
        error={form.errorText('sector')}
        value={values.sector}
        emptyLabel={t('partnerships.stakeholders.chooseSector')}
        options={STAKEHOLDER_SECTORS.map((sector) => ({ value: sector, label: labels.sector(sector) }))}
        onChange={(value) => set('sector', value)}
      />
      <div className="form-group">
        <Choice id={stakeholderFieldId('outsideGmina')} name="outsideGmina" type="checkbox" label={form.label('outsideGmina')} hint={t('partnerships.stakeholders.hint.outsideGmina')} checked={values.outsideGmina} onChange={(checked) => set('outsideGmina', checked)} />
      </div>
      <TextAreaField id={stakeholderFieldId('usefulness')} label={form.label('usefulness')} hint={t('partnerships.stakeholders.hint.usefulness')} error={form.errorText('usefulness')} value={values.usefulness} rows={3} onChange={(value) => set('usefulness', value)} />
      <Fieldset legend={t('partnerships.stakeholders.resourcesLegend')} hint={t('partnerships.stakeholders.hint.resources')}>
        <TextAreaField id={stakeholderFieldId('resources.technical')} label={form.label('resources.technical')} error={form.errorText('resources.technical')} value={values.technical} rows={2} onChange={(value) => set('technical', value)} />
        <TextAreaField id={stakeholderFieldId('resources.personnel')} label={form.label('resources.personnel')} error={form.errorText('resources.personnel')} value={values.personnel} rows={2} onChange={(value) => set('personnel', value)} />
        <TextAreaField id={stakeholderFieldId('resources.financial')} label={form.label('resources.financial')} error={form.errorText('resources.financial')} value={values.financial} rows={2} onChange={(value) => set('financial', value)} />
      </Fieldset>
      <Fieldset id={stakeholderFieldId('code')} legend={form.label('code')} error={form.errorText('code')} legendSize="m">
        {STAKEHOLDER_CODES.map((code) => (
          <div key={code}>
            <Choice
              id={code === 'SUPPORTER' ? stakeholderFieldId('code') : `${stakeholderFieldId('code')}-${code}`}
              name="code"
              type="radio"
              value={code}
              label={labels.code(code)}
              hint={t(`partnerships.stakeholders.codeHint.${code}`)}
              checked={values.code === code}
              onChange={() => set('code', code)}
            />
            {code === 'NEUTRAL' && values.code === 'NEUTRAL' && (
              <div className="conditional" id="stakeholder-scenario">
                <p className="hint">{t('partnerships.stakeholders.hint.scenario')}</p>
                {form.errorText('influenceScenario') && <p className="error-message">{form.errorText('influenceScenario')}</p>}
                <TextAreaField
                  id={stakeholderFieldId('influenceScenario.notes')}
                  label={form.label('influenceScenario.notes')}
                  hint={t('partnerships.stakeholders.hint.scenarioNotes')}
                  error={form.errorText('influenceScenario.notes')}
                  value={values.scenarioNotes}
                  rows={4}
                  onChange={(value) => set('scenarioNotes', value)}
                />
                <SelectField
                  id={stakeholderFieldId('influenceScenario.outcome')}
                  label={form.label('influenceScenario.outcome')}
                  error={form.errorText('influenceScenario.outcome')}
                  value={values.scenarioOutcome}
                  options={SCENARIO_OUTCOMES.map((outcome) => ({ value: outcome, label: labels.outcome(outcome) }))}
                  onChange={(value) => set('scenarioOutcome', value as ScenarioOutcome)}
                />
              </div>
            )}
          </div>
        ))}
      </Fieldset>
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t('common.saving') : submitLabel}
      </button>
    </form>
  );
}
