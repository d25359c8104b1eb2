import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/shared/api/types';
import { isIsoDate, todayIso } from '@/shared/format/dates';
import { Choice, DateField, Fieldset, SelectField, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
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

/** The fields of a legal basis of sharing (POST /clients/{id}/sharing), the institution aside. */
export const BASIS_FIELDS = ['legalBasis', 'purpose', 'statutoryTask', 'includesSensitive', 'givenOn'] as const;
export type BasisField = (typeof BASIS_FIELDS)[number];
export type BasisValues = Record<BasisField, string>;

export const emptyBasis = (): BasisValues => ({ legalBasis: '', purpose: '', statutoryTask: '', includesSensitive: '', givenOn: todayIso() });

/** The checks the API makes too (required fields, an article 9 basis for special-category data). */
export function validateBasis(values: BasisValues): FormError[] {
  const errors: FormError[] = [];
  if (!values.legalBasis) errors.push({ field: 'legalBasis', code: 'required' });
  if (!values.purpose.trim()) errors.push({ field: 'purpose', code: 'NotBlank' });
  if (values.includesSensitive === 'true' && values.legalBasis && !ARTICLE_9.has(values.legalBasis)) {
    errors.push({ field: 'legalBasis', code: 'not-article-9' });
  }
  if (!isIsoDate(values.givenOn)) errors.push({ field: 'givenOn', code: values.givenOn ? 'not-a-date' : 'required' });
  return errors;
}

export function basisRequest(institutionId: string, values: BasisValues): Schemas['SharingRequest'] {
  return {
    institutionId,
    legalBasis: values.legalBasis as Schemas['LegalBasis'],
    purpose: values.purpose.trim(),
    statutoryTask: values.statutoryTask.trim() || null,
    includesSensitive: values.includesSensitive === 'true',
    givenOn: values.givenOn,
  };
}

/** The state of the basis fields of one form: values and errors under the sharing form's messages. */
const WITH_INSTITUTION = ['institutionId', ...BASIS_FIELDS] as const;

export function useBasisFields(idPrefix: string) {
  const [values, setValues] = useState<BasisValues>(emptyBasis);
  const fieldId = (field: BasisField | 'institutionId') => `${idPrefix}-${field}`;
  // the institution's own errors (e.g. not in the directory) belong here too where the form picks it
  const form = useFormErrors('sharing', WITH_INSTITUTION, fieldId, 'sharing.label');
  const set = (field: BasisField, value: string) => setValues((current) => ({ ...current, [field]: value }));
  return { values, set, reset: () => setValues(emptyBasis()), fieldId, form };
}

export type BasisFieldsState = ReturnType<typeof useBasisFields>;

/** The legal basis fields; `legend` says for whom the basis is recorded. */
export function SharingBasisFields({ state, legend, hint }: { state: BasisFieldsState; legend?: string; hint?: string }) {
  const { t } = useTranslation();
  const { values, set, fieldId, form } = state;
  const fields = (
    <>
      <SelectField
        id={fieldId('legalBasis')}
        label={form.label('legalBasis')}
        hint={t('sharing.hint.legalBasis')}
        error={form.errorText('legalBasis')}
        value={values.legalBasis}
        onChange={(value) => set('legalBasis', value)}
        emptyLabel={t('sharing.chooseBasis')}
        options={LEGAL_BASES.map((basis) => ({ value: basis, label: t(`legalBasis.${basis}`) }))}
      />
      <TextAreaField
        id={fieldId('purpose')}
        label={form.label('purpose')}
        hint={t('sharing.hint.purpose')}
        error={form.errorText('purpose')}
        value={values.purpose}
        rows={3}
        onChange={(value) => set('purpose', value)}
      />
      <TextField
        id={fieldId('statutoryTask')}
        label={form.label('statutoryTask')}
        hint={t('sharing.hint.statutoryTask')}
        error={form.errorText('statutoryTask')}
        value={values.statutoryTask}
        width="two-thirds"
        onChange={(value) => set('statutoryTask', value)}
      />
      <div className="form-group">
        <Choice
          id={fieldId('includesSensitive')}
          name={fieldId('includesSensitive')}
          type="checkbox"
          label={form.label('includesSensitive')}
          hint={t('sharing.hint.includesSensitive')}
          checked={values.includesSensitive === 'true'}
          onChange={(checked) => set('includesSensitive', checked ? 'true' : '')}
        />
      </div>
      <DateField
        id={fieldId('givenOn')}
        label={form.label('givenOn')}
        hint={t('sharing.hint.givenOn')}
        error={form.errorText('givenOn')}
        value={values.givenOn}
        onChange={(value) => set('givenOn', value)}
      />
    </>
  );
  if (!legend) return fields;
  return (
    <Fieldset id={`${fieldId('legalBasis')}-group`} legend={legend} hint={hint}>
      {fields}
    </Fieldset>
  );
}
