import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { useAddStakeholder } from '../api/addStakeholder';
import { fetchStakeholder, useStakeholder } from '../api/getStakeholder';
import { useRemoveStakeholder } from '../api/removeStakeholder';
import { useUpdateStakeholder } from '../api/updateStakeholder';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { PartnershipFrame } from '../components/PartnershipFrame';
import {
  emptyStakeholder,
  fromStakeholder,
  STAKEHOLDER_FIELDS,
  StakeholderForm,
  toStakeholderRequest,
  useStakeholderFormErrors,
  validateStakeholder,
  type StakeholderValues,
} from '../components/StakeholderForm';
import { partnershipSubmissionErrors } from '../components/submissionErrors';
import type { Partnership, Stakeholder } from '../model';

function NotAllowed({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  return (
    <div className="inset-text">
      <p>{partnership.status === 'DISSOLVED' ? t('partnerships.stakeholders.closed') : t('partnerships.stakeholders.notAllowed')}</p>
      <p>
        <Link to={links.partnershipStakeholders(partnership.id)}>{t('partnerships.stakeholders.back')}</Link>
      </p>
    </div>
  );
}

function AddStakeholder({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const add = useAddStakeholder(partnership.id);
  const form = useStakeholderFormErrors();
  const [values, setValues] = useState<StakeholderValues>(emptyStakeholder);
  const submit = () => {
    const errors = validateStakeholder(values);
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    add.mutate(toStakeholderRequest(values), {
      onSuccess: (saved) => void navigate(links.partnershipStakeholders(partnership.id), { state: { saved: t('partnerships.stakeholders.added', { name: saved.name }) } }),
      onError: (error) => form.show(partnershipSubmissionErrors(error, STAKEHOLDER_FIELDS, t)),
    });
  };
  return (
    <StakeholderForm values={values} onChange={setValues} form={form} onSubmit={submit} submitting={add.isPending} submitLabel={t('partnerships.stakeholders.addSubmit')} />
  );
}

function RemoveStakeholder({ partnership, stakeholder, version }: { partnership: Partnership; stakeholder: Stakeholder; version: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useRemoveStakeholder(partnership.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="remove-stakeholder-heading" className="section">
      <h2 id="remove-stakeholder-heading" className="heading-s">
        {t('partnerships.stakeholders.removeHeading')}
      </h2>
      {!confirming ? (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('partnerships.stakeholders.remove')}
        </button>
      ) : (
        <div className="confirm-panel">
          <p>{t('partnerships.stakeholders.removeConfirmText', { name: stakeholder.name })}</p>
          {remove.isError && (isApiError(remove.error, 412) ? <p className="error-message">{t('conflictNotice.body')}</p> : <ApiErrorMessage error={remove.error} />)}
          <div className="button-group">
            <button
              type="button"
              className="button button--warning"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { stakeholderId: stakeholder.id, version },
                  { onSuccess: () => void navigate(links.partnershipStakeholders(partnership.id), { state: { saved: t('partnerships.stakeholders.removed', { name: stakeholder.name }) } }) },
                )
              }
            >
              {t('partnerships.stakeholders.removeConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** Editing keeps what was typed through every error; a 412 only moves the If-Match forward. */
function EditStakeholder({ partnership, stakeholder }: { partnership: Partnership; stakeholder: Stakeholder }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApiClient();
  const update = useUpdateStakeholder(partnership.id);
  const { version, conflict, reload } = useVersionConflict(stakeholder.version);
  const form = useStakeholderFormErrors();
  const [values, setValues] = useState<StakeholderValues>(() => fromStakeholder(stakeholder));
  const submit = () => {
    const errors = validateStakeholder(values);
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    update.mutate(
      { stakeholderId: stakeholder.id, version, body: toStakeholderRequest(values) },
      {
        onSuccess: (saved) => void navigate(links.partnershipStakeholders(partnership.id), { state: { saved: t('partnerships.stakeholders.saved', { name: saved.name }) } }),
        onError: (error) => (isApiError(error, 412) ? conflict.stale() : form.show(partnershipSubmissionErrors(error, STAKEHOLDER_FIELDS, t))),
      },
    );
  };
  return (
    <>
      <StakeholderForm
        values={values}
        onChange={setValues}
        form={form}
        onSubmit={submit}
        submitting={update.isPending}
        submitLabel={t('partnerships.stakeholders.saveSubmit')}
        institutionLocked={stakeholder.institution?.name}
        notice={
          <ConflictNotice
            state={conflict.state}
            reloading={conflict.reloading}
            onReload={() => void reload(async () => await fetchStakeholder(client, partnership.id, stakeholder.id))}
          />
        }
      />
      <RemoveStakeholder partnership={partnership} stakeholder={stakeholder} version={version} />
    </>
  );
}

function EditLoader({ partnership, stakeholderId }: { partnership: Partnership; stakeholderId: string }) {
  const query = useStakeholder(partnership.id, stakeholderId);
  if (query.isError) return <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return null;
  // a refetch never resets what the user typed: the form is keyed by the entry, not its version
  return <EditStakeholder key={query.data.id} partnership={partnership} stakeholder={query.data} />;
}

/** Adds an entry to the catalogue, or changes one (`/edit`). */
export function StakeholderFormPage() {
  const { t } = useTranslation();
  const { id = '', stakeholderId } = useParams();
  const heading = stakeholderId ? t('partnerships.stakeholders.editTitle') : t('partnerships.stakeholders.addTitle');
  return (
    <PartnershipFrame id={id} heading={heading}>
      {(partnership) =>
        partnership.permissions.manage ? (
          <>
            <p>
              <Link to={links.partnershipStakeholders(partnership.id)}>{t('partnerships.stakeholders.back')}</Link>
            </p>
            {stakeholderId ? <EditLoader partnership={partnership} stakeholderId={stakeholderId} /> : <AddStakeholder partnership={partnership} />}
          </>
        ) : (
          <NotAllowed partnership={partnership} />
        )
      }
    </PartnershipFrame>
  );
}
