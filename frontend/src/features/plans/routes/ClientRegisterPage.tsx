import { useState } from 'react';
import { useMe } from '@/shared/auth/me';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { links } from '@/shared/routes/links';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { submissionErrors } from '@/shared/forms/apiErrors';
import type { FormError } from '@/shared/forms/formErrors';
import { useRegisterClient } from '../api/registerClient';
import { ClientForm } from '../components/ClientForm';
import { CLIENT_FIELDS, emptyClientValues, toClientRequest, validateClient, type ClientField, type ClientFormValues } from '../components/clientForm';
import type { ClientPageState } from './ClientPage';

export function ClientRegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('clientForm.title'));
  const navigate = useNavigate();
  const register = useRegisterClient();
  const me = useMe();
  // most people an institution registers live in its own gmina: the picker starts there (issue #16)
  const [values, setValues] = useState<ClientFormValues>(emptyClientValues);
  const ownGmina = me.data?.gmina?.teryt ?? '';
  const [defaulted, setDefaulted] = useState(false);
  if (!defaulted && ownGmina) {
    setDefaulted(true);
    if (values.gminaTeryt === '') setValues({ ...values, gminaTeryt: ownGmina });
  }
  const [errors, setErrors] = useState<FormError[]>([]);
  const [errorFocusKey, setErrorFocusKey] = useState(0);

  const showErrors = (next: FormError[]) => {
    setErrors(next);
    setErrorFocusKey((key) => key + 1);
  };
  const onChange = (field: ClientField, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const onSubmit = () => {
    const clientErrors = validateClient(values);
    if (clientErrors.length > 0) {
      showErrors(clientErrors);
      return;
    }
    setErrors([]);
    register.mutate(toClientRequest(values), {
      onSuccess: (created) => {
        const state: ClientPageState = { notice: t('clientForm.registered') };
        void navigate(links.client(created.id), { state });
      },
      onError: (error) => showErrors(submissionErrors(error, CLIENT_FIELDS, t)),
    });
  };

  return (
    <>
      <Link className="back-link" to={links.caseload()}>
        {t('clientForm.back')}
      </Link>
      <PageHeading>{t('clientForm.title')}</PageHeading>
      <p className="lead lead--s">{t('clientForm.lead')}</p>
      <ClientForm values={values} onChange={onChange} errors={errors} errorFocusKey={errorFocusKey} onSubmit={onSubmit} submitting={register.isPending} />
    </>
  );
}
