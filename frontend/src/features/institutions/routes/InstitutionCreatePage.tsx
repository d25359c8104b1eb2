import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { links } from '@/shared/routes/links';
import { hasPermission, useMe } from '@/shared/auth/me';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { submissionErrors } from '@/shared/forms/apiErrors';
import type { FormError } from '@/shared/forms/formErrors';
import { useCreateInstitution } from '../api/createInstitution';
import { InstitutionForm } from '../components/InstitutionForm';
import {
  emptyInstitutionValues,
  INSTITUTION_FIELDS,
  toRequest,
  validateInstitution,
  withLimits,
  type InstitutionField,
  type InstitutionFormValues,
} from '../components/institutionForm';
import type { InstitutionPageState } from './InstitutionDetailPage';

function CreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateInstitution();
  const [values, setValues] = useState<InstitutionFormValues>(emptyInstitutionValues);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [errorFocusKey, setErrorFocusKey] = useState(0);

  const showErrors = (next: FormError[]) => {
    setErrors(next);
    setErrorFocusKey((key) => key + 1);
  };

  const onSubmit = () => {
    const clientErrors = validateInstitution(values);
    if (clientErrors.length > 0) {
      showErrors(clientErrors);
      return;
    }
    setErrors([]);
    create.mutate(toRequest(values), {
      onSuccess: (created) => {
        const state: InstitutionPageState = { notice: t('institutionForm.created') };
        void navigate(links.institution(created.id), { state });
      },
      onError: (error) => showErrors(withLimits(submissionErrors(error, INSTITUTION_FIELDS, t))),
    });
  };

  return (
    <InstitutionForm
      values={values}
      onChange={(field: InstitutionField, value: string) => setValues((current) => ({ ...current, [field]: value }))}
      errors={errors}
      errorFocusKey={errorFocusKey}
      onSubmit={onSubmit}
      submitting={create.isPending}
      submitLabel={t('institutionForm.create')}
      cancelHref={links.institutions()}
      showExternalId
    />
  );
}

/** Adding an entry to the directory: administrators only (the API refuses anyone else too). */
export function InstitutionCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('institutionForm.createTitle'));
  const me = useMe();
  const allowed = hasPermission(me.data, 'DIRECTORY_MANAGE_ALL');

  return (
    <>
      <Link className="back-link" to={links.institutions()}>
        {t('institution.back')}
      </Link>
      <PageHeading>{t('institutionForm.createTitle')}</PageHeading>
      {me.isPending && (
        <p role="status" className="visually-hidden">
          {t('home.loading')}
        </p>
      )}
      {me.data && !allowed && (
        <div className="inset-text">
          <p>{t('institutionForm.createForbidden')}</p>
        </div>
      )}
      {allowed && (
        <>
          <p className="lead lead--s">{t('institutionForm.createLead')}</p>
          <CreateForm />
        </>
      )}
    </>
  );
}
