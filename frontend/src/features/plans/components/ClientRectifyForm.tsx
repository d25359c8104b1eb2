import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useRectifyClient } from '../api/rectifyClient';
import type { Client } from '../model';
import { ClientForm } from './ClientForm';
import { CLIENT_FIELDS, DISABILITY_LEVELS, toClientRequest, validateClient, type ClientField, type ClientFormValues } from './clientForm';
import { personName } from './names';

function yesNo(value: boolean | null | undefined): string {
  return value === true ? 'yes' : value === false ? 'no' : '';
}

/** The form's values from the person as read: every field as a string, as the registration form keeps them. */
export function clientValues(client: Client): ClientFormValues {
  const sensitive = client.sensitive;
  return {
    firstName: client.firstName,
    lastName: client.lastName,
    pesel: client.pesel ?? '',
    birthDate: client.birthDate ?? '',
    gminaTeryt: client.gminaTeryt,
    phone: client.phone ?? '',
    email: client.email ?? '',
    'sensitive.disabilityLevel': sensitive?.disabilityLevel ?? '',
    'sensitive.addiction': yesNo(sensitive?.addiction),
    'sensitive.homeless': yesNo(sensitive?.homeless),
    'sensitive.socialAssistanceSince': sensitive?.socialAssistanceSince ?? '',
    'sensitive.notes': sensitive?.notes ?? '',
  };
}

interface ClientRectifyFormProps {
  client: Client;
  onDone: (message: string) => void;
  onCancel: () => void;
  /** fetches the person again (after a 412): the If-Match moves to the current version */
  onReload: () => Promise<Client | undefined>;
}

/**
 * Rectification of the person's data (GDPR art. 16) by the registering institution, with If-Match
 * = the version as read. A 412 keeps everything typed; loading the current version moves the
 * If-Match forward. The API keeps each change in the person's history.
 */
export function ClientRectifyForm({ client, onDone, onCancel, onReload }: ClientRectifyFormProps) {
  const { t } = useTranslation();
  const rectify = useRectifyClient(client.id);
  const [values, setValues] = useState<ClientFormValues>(() => clientValues(client));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const { version, conflict, reload } = useVersionConflict(client.version);
  const show = (next: FormError[]) => {
    setErrors(next);
    setFocusKey((key) => key + 1);
  };
  const onChange = (field: ClientField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = () => {
    const found = validateClient(values);
    if (found.length > 0) {
      show(found);
      return;
    }
    setErrors([]);
    const request = toClientRequest(values);
    const disability = values['sensitive.disabilityLevel'];
    // the person's special-category data as it should be now, also when every field was cleared
    const sensitive = client.sensitiveVisible
      ? {
          disabilityLevel: (DISABILITY_LEVELS as readonly string[]).includes(disability) ? (disability as (typeof DISABILITY_LEVELS)[number]) : null,
          addiction: values['sensitive.addiction'] === 'yes' ? true : values['sensitive.addiction'] === 'no' ? false : null,
          homeless: values['sensitive.homeless'] === 'yes' ? true : values['sensitive.homeless'] === 'no' ? false : null,
          socialAssistanceSince: values['sensitive.socialAssistanceSince'] || null,
          notes: values['sensitive.notes'].trim() || null,
        }
      : null;
    rectify.mutate(
      { version, body: { ...request, sensitive, reason: reason.trim() || null } },
      {
        onSuccess: () => {
          conflict.clear();
          onDone(t('rectify.saved'));
        },
        onError: (error) => {
          if (isApiError(error, 412)) {
            conflict.stale();
            return;
          }
          conflict.clear();
          show(submissionErrors(error, CLIENT_FIELDS, t));
        },
      },
    );
  };

  return (
    <ClientForm
      label={t('rectify.heading')}
      values={values}
      onChange={onChange}
      errors={errors}
      errorFocusKey={focusKey}
      onSubmit={submit}
      submitting={rectify.isPending}
      submitLabel={t('rectify.save')}
      onCancel={onCancel}
      headingLevel={3}
      withSensitive={client.sensitiveVisible}
      notice={
        <ConflictNotice state={conflict.state} reloading={conflict.reloading} onReload={() => void reload(onReload)} level={3}>
          {conflict.state === 'reloaded' && <p>{t('rectify.reloaded', { name: personName(client) })}</p>}
        </ConflictNotice>
      }
      extra={
        <TextField id="client-reason" label={t('rectify.label.reason')} hint={t('rectify.reasonHint')} value={reason} width="two-thirds" onChange={setReason} />
      }
    />
  );
}
