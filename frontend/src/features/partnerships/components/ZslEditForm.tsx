import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import { isIsoDate } from '@/shared/format/dates';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, SelectField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useZsl } from '../api/getZsl';
import { useUpdateZsl } from '../api/updateZsl';
import { ZSL_INITIATORS, type Zsl, type ZslInitiator } from '../model';
import { usePartnershipLabels } from './labels';
import { partnershipSubmissionErrors } from './submissionErrors';

const ZSL_FIELDS = ['initiatorKind', 'initiatorName', 'initiatorInstitutionId', 'establishedOn'] as const;
type ZslField = (typeof ZSL_FIELDS)[number];

interface ZslEditFormProps {
  partnershipId: string;
  zsl: Zsl;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Who initiated the ZSL and when it was established (If-Match: the ZSL's version). The
 * representative's institution is asked for only when a designated representative initiated it.
 */
export function ZslEditForm({ partnershipId, zsl, onDone, onCancel }: ZslEditFormProps) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const update = useUpdateZsl(partnershipId);
  const saved = useZsl(partnershipId);
  const { version, conflict, reload } = useVersionConflict(zsl.version);
  const form = useFormErrors('zsl', ZSL_FIELDS, (field: ZslField) => `zsl-${field}`, 'partnerships.zsl.label');
  const [values, setValues] = useState({
    initiatorKind: zsl.initiatorKind ?? '',
    initiatorName: zsl.initiatorName ?? '',
    initiatorInstitutionId: zsl.initiatorInstitution?.id ?? '',
    establishedOn: zsl.establishedOn ?? '',
  });
  const set = (field: ZslField, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (values.establishedOn && !isIsoDate(values.establishedOn)) errors.push({ field: 'establishedOn', code: 'not-a-date' });
    if (values.initiatorName.length > 300) errors.push({ field: 'initiatorName', code: 'too-long', values: { max: 300 } });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    update.mutate(
      {
        version,
        body: {
          initiatorKind: (values.initiatorKind || null) as ZslInitiator | null,
          initiatorName: values.initiatorName.trim() || null,
          initiatorInstitutionId: values.initiatorInstitutionId || null,
          establishedOn: values.establishedOn || null,
        },
      },
      {
        onSuccess: () => onDone(t('partnerships.zsl.savedTeam')),
        onError: (error) => (isApiError(error, 412) ? conflict.stale() : form.show(partnershipSubmissionErrors(error, ZSL_FIELDS, t))),
      },
    );
  };
  return (
    <form className="form confirm-panel" onSubmit={submit} noValidate aria-labelledby="zsl-edit-heading" aria-busy={update.isPending}>
      <h3 id="zsl-edit-heading" className="heading-s">
        {t('partnerships.zsl.editTeam')}
      </h3>
      <ConflictNotice
        level={4}
        state={conflict.state}
        reloading={conflict.reloading}
        onReload={() => void reload(async () => (await saved.refetch()).data)}
      />
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <SelectField
        id="zsl-initiatorKind"
        label={form.label('initiatorKind')}
        hint={t('partnerships.zsl.hint.initiatorKind')}
        error={form.errorText('initiatorKind')}
        value={values.initiatorKind}
        emptyLabel={t('partnerships.zsl.notRecorded')}
        options={ZSL_INITIATORS.map((kind) => ({ value: kind, label: labels.zslInitiator(kind) }))}
        onChange={(value) => set('initiatorKind', value)}
      />
      <TextField id="zsl-initiatorName" label={form.label('initiatorName')} hint={t('partnerships.zsl.hint.initiatorName')} error={form.errorText('initiatorName')} value={values.initiatorName} width="two-thirds" onChange={(value) => set('initiatorName', value)} />
      {values.initiatorKind === 'DESIGNATED_REPRESENTATIVE' && (
        <InstitutionPicker id="zsl-initiatorInstitutionId" label={form.label('initiatorInstitutionId')} error={form.errorText('initiatorInstitutionId')} value={values.initiatorInstitutionId} onChange={(value) => set('initiatorInstitutionId', value)} />
      )}
      <DateField id="zsl-establishedOn" label={form.label('establishedOn')} error={form.errorText('establishedOn')} value={values.establishedOn} onChange={(value) => set('establishedOn', value)} />
      <div className="button-group">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('partnerships.zsl.saveTeam')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
