import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { links } from '@/shared/routes/links';
import { hasPermission, useMe } from '@/shared/auth/me';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, Fieldset, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useCreatePartnership, type PartnershipRequest } from '../api/createPartnership';
import { useInstitution } from '../api/getInstitution';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import { usePartnershipLabels } from '../components/labels';
import { partnershipSubmissionErrors } from '../components/submissionErrors';
import { PARTNERSHIP_KINDS, type PartnershipKind } from '../model';

const FIELDS = ['initiatingInstitutionId', 'kind', 'gminaTeryt', 'title', 'goals', 'separateAgreements', 'initiatorRepresentative.name', 'initiatorRepresentative.function'] as const;
type CreateField = (typeof FIELDS)[number];
const fieldId = (field: CreateField) => `partnership-${field.replace('.', '-')}`;

interface Values {
  initiatingInstitutionId: string;
  kind: PartnershipKind | '';
  title: string;
  goals: string;
  separateAgreements: string;
  representativeName: string;
  representativeFunction: string;
}

function validate(values: Values, needsInstitution: boolean): FormError[] {
  const errors: FormError[] = [];
  if (needsInstitution && !values.initiatingInstitutionId) errors.push({ field: 'initiatingInstitutionId', code: 'required' });
  if (!values.kind) errors.push({ field: 'kind', code: 'required' });
  if (values.title.length > 300) errors.push({ field: 'title', code: 'too-long', values: { max: 300 } });
  if (values.goals.length > 4000) errors.push({ field: 'goals', code: 'too-long', values: { max: 4000 } });
  if (values.separateAgreements.length > 2000) errors.push({ field: 'separateAgreements', code: 'too-long', values: { max: 2000 } });
  if (values.representativeFunction.trim() && !values.representativeName.trim()) {
    errors.push({ field: 'initiatorRepresentative.name', code: 'required' });
  }
  return errors;
}

/**
 * Starts a Pakt or a cooperation agreement for the gmina of the caller's institution; the API
 * writes version 1 of the text from the model text. An administrator names the initiating institution.
 */
export function PartnershipCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('partnerships.create.title'));
  const navigate = useNavigate();
  const labels = usePartnershipLabels();
  const me = useMe();
  const create = useCreatePartnership();
  const ownId = me.data?.institution?.id;
  const isAdminWithoutInstitution = !ownId;
  const [values, setValues] = useState<Values>({
    initiatingInstitutionId: '',
    kind: '',
    title: '',
    goals: '',
    separateAgreements: '',
    representativeName: '',
    representativeFunction: '',
  });
  const initiatorId = ownId ?? values.initiatingInstitutionId;
  const initiator = useInstitution(initiatorId || undefined);
  const form = useFormErrors('partnership', FIELDS, fieldId, 'partnerships.create.label');
  const set = (field: keyof Values, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const allowed = hasPermission(me.data, 'PARTNERSHIP_CREATE');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors = validate(values, isAdminWithoutInstitution);
    if (!initiator.data && clientErrors.length === 0 && initiatorId) clientErrors.push({ field: 'gminaTeryt', code: 'not-loaded' });
    if (clientErrors.length > 0) {
      form.show(clientErrors);
      return;
    }
    form.clear();
    const body: PartnershipRequest = {
      kind: values.kind as PartnershipKind,
      gminaTeryt: initiator.data?.gmina.teryt ?? '',
      title: values.title.trim() || null,
      goals: values.goals.trim() || null,
      separateAgreements: values.separateAgreements.trim() || null,
      initiatingInstitutionId: isAdminWithoutInstitution ? values.initiatingInstitutionId : null,
      initiatorRepresentative: values.representativeName.trim()
        ? { name: values.representativeName.trim(), function: values.representativeFunction.trim() || null }
        : null,
    };
    create.mutate(body, {
      onSuccess: (created) => void navigate(links.partnership(created.id), { state: { created: true } }),
      onError: (error) => form.show(partnershipSubmissionErrors(error, FIELDS, t)),
    });
  };

  return (
    <>
      <Link className="back-link" to={links.partnerships()}>
        {t('partnerships.backToList')}
      </Link>
      <PageHeading>{t('partnerships.create.title')}</PageHeading>
      {me.data && !allowed ? (
        <div className="inset-text">
          <p>{t('partnerships.create.notAllowed')}</p>
        </div>
      ) : (
        <>
          <p className="lead lead--s">{t('partnerships.create.lead')}</p>
          <form className="form" onSubmit={submit} noValidate aria-busy={create.isPending}>
            <ErrorSummary key={form.focusKey} items={form.summary} />
            {isAdminWithoutInstitution && (
              <InstitutionPicker
                id={fieldId('initiatingInstitutionId')}
                label={form.label('initiatingInstitutionId')}
                hint={t('partnerships.create.hint.initiatingInstitutionId')}
                error={form.errorText('initiatingInstitutionId')}
                value={values.initiatingInstitutionId}
                onChange={(value) => set('initiatingInstitutionId', value)}
              />
            )}
            <div className="form-group">
              <p className="label" id={fieldId('gminaTeryt')}>
                {form.label('gminaTeryt')}
              </p>
              {form.errorText('gminaTeryt') && <p className="error-message">{form.errorText('gminaTeryt')}</p>}
              <p>
                {initiator.data
                  ? `${initiator.data.gmina.name} (${initiator.data.gmina.type}), ${t('partnerships.create.powiat', { name: initiator.data.gmina.powiatName })}`
                  : initiatorId
                    ? t('area.loading')
                    : t('partnerships.create.gminaAfterInstitution')}
              </p>
              <p className="hint">{t('partnerships.create.hint.gminaTeryt')}</p>
            </div>
            <Fieldset id={fieldId('kind')} legend={form.label('kind')} error={form.errorText('kind')} legendSize="m">
              {PARTNERSHIP_KINDS.map((kind) => (
                <Choice
                  key={kind}
                  id={kind === 'PACT' ? fieldId('kind') : `${fieldId('kind')}-${kind}`}
                  name="kind"
                  type="radio"
                  value={kind}
                  label={labels.kind(kind)}
                  hint={t(`partnerships.create.kindHint.${kind}`)}
                  checked={values.kind === kind}
                  onChange={() => set('kind', kind)}
                />
              ))}
            </Fieldset>
            <TextField
              id={fieldId('title')}
              label={form.label('title')}
              hint={t('partnerships.create.hint.title')}
              error={form.errorText('title')}
              value={values.title}
              width="two-thirds"
              onChange={(value) => set('title', value)}
            />
            <TextAreaField
              id={fieldId('goals')}
              label={form.label('goals')}
              hint={t('partnerships.create.hint.goals')}
              error={form.errorText('goals')}
              value={values.goals}
              rows={5}
              onChange={(value) => set('goals', value)}
            />
            <TextAreaField
              id={fieldId('separateAgreements')}
              label={form.label('separateAgreements')}
              hint={t('partnerships.create.hint.separateAgreements')}
              error={form.errorText('separateAgreements')}
              value={values.separateAgreements}
              rows={3}
              onChange={(value) => set('separateAgreements', value)}
            />
            <Fieldset legend={t('partnerships.create.representativeLegend')} hint={t('partnerships.create.hint.representative')}>
              <TextField
                id={fieldId('initiatorRepresentative.name')}
                label={form.label('initiatorRepresentative.name')}
                error={form.errorText('initiatorRepresentative.name')}
                value={values.representativeName}
                width="two-thirds"
                autoComplete="name"
                onChange={(value) => set('representativeName', value)}
              />
              <TextField
                id={fieldId('initiatorRepresentative.function')}
                label={form.label('initiatorRepresentative.function')}
                error={form.errorText('initiatorRepresentative.function')}
                value={values.representativeFunction}
                width="two-thirds"
                onChange={(value) => set('representativeFunction', value)}
              />
            </Fieldset>
            <div className="inset-text">
              <p>{t('partnerships.create.modelText')}</p>
            </div>
            <button type="submit" className="button" disabled={create.isPending}>
              {create.isPending ? t('common.saving') : t('partnerships.create.submit')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
