import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useUpdatePartnership } from '../api/updatePartnership';
import type { Partnership } from '../model';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { partnershipSubmissionErrors } from './submissionErrors';

const FIELDS = ['title', 'goals', 'separateAgreements'] as const;
type DetailsField = (typeof FIELDS)[number];
const fieldId = (field: DetailsField) => `details-${field}`;

/**
 * Title and goals while DRAFT or CONSULTATION (`permissions.edit`). A 412 keeps everything typed;
 * loading the current version only moves the If-Match forward.
 */
export function DetailsEditor({ partnership, onSaved, onCancel, onReload }: {
  partnership: Partnership;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onReload: () => Promise<Partnership | undefined>;
}) {
  const { t } = useTranslation();
  const update = useUpdatePartnership(partnership.id);
  const { version, conflict, reload } = useVersionConflict(partnership.version);
  const form = useFormErrors('partnershipDetails', FIELDS, fieldId, 'partnerships.create.label');
  const [values, setValues] = useState({ title: partnership.title, goals: partnership.goals, separateAgreements: partnership.separateAgreements ?? '' });
  const set = (field: DetailsField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!values.title.trim()) errors.push({ field: 'title', code: 'required' });
    else if (values.title.length > 300) errors.push({ field: 'title', code: 'too-long', values: { max: 300 } });
    if (!values.goals.trim()) errors.push({ field: 'goals', code: 'required' });
    else if (values.goals.length > 4000) errors.push({ field: 'goals', code: 'too-long', values: { max: 4000 } });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    update.mutate(
      { version, body: { title: values.title.trim(), goals: values.goals.trim(), separateAgreements: values.separateAgreements.trim() || null } },
      {
        onSuccess: () => onSaved(t('partnerships.details.saved')),
        onError: (error) => (isApiError(error, 412) ? conflict.stale() : form.show(partnershipSubmissionErrors(error, FIELDS, t))),
      },
    );
  };

  return (
    <form className="form confirm-panel" onSubmit={submit} noValidate aria-labelledby="details-edit-heading" aria-busy={update.isPending}>
      <h3 id="details-edit-heading" className="heading-s">
        {t('partnerships.details.editHeading')}
      </h3>
      <ConflictNotice
        level={4}
        state={conflict.state}
        reloading={conflict.reloading}
        onReload={() => void reload(async () => await onReload())}
      />
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <TextField id={fieldId('title')} label={form.label('title')} error={form.errorText('title')} value={values.title} width="two-thirds" onChange={(value) => set('title', value)} />
      <TextAreaField id={fieldId('goals')} label={form.label('goals')} error={form.errorText('goals')} value={values.goals} rows={5} onChange={(value) => set('goals', value)} />
      <TextAreaField id={fieldId('separateAgreements')} label={form.label('separateAgreements')} hint={t('partnerships.create.hint.separateAgreements')} error={form.errorText('separateAgreements')} value={values.separateAgreements} rows={3} onChange={(value) => set('separateAgreements', value)} />
      <div className="button-group">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('partnerships.details.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
