import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { isApiError } from '@/shared/api/ApiError';
import { hasPermission, useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { submissionErrors } from '@/shared/forms/apiErrors';
import type { FormError } from '@/shared/forms/formErrors';
import { fetchInstitution, institutionKeys, useInstitution, type Institution } from '../api/getInstitution';
import { useUpdateInstitution } from '../api/updateInstitution';
import { InstitutionForm } from '../components/InstitutionForm';
import {
  fromInstitution,
  INSTITUTION_FIELDS,
  mergeOnConflict,
  toRequest,
  validateInstitution,
  withLimits,
  type InstitutionField,
  type InstitutionFormValues,
} from '../components/institutionForm';
import type { InstitutionPageState } from './InstitutionDetailPage';

type LooseT = (key: string) => string;

interface Conflict {
  /** set once the current version has been loaded into the form */
  merged?: { theirChanges: InstitutionField[]; conflicts: InstitutionField[] };
}

function ConflictPanel({ conflict, onLoadCurrent, loading, loadError }: {
  conflict: Conflict;
  onLoadCurrent: () => void;
  loading: boolean;
  loadError: unknown;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const fieldLabel = (field: InstitutionField) => (t as unknown as LooseT)(`institutionForm.label.${field.replace('.', '_')}`);
  const merged = conflict.merged;
  useEffect(() => {
    ref.current?.focus();
  }, []);

  if (!merged) {
    return (
      <div ref={ref} className="error-summary" role="alert" aria-labelledby="conflict-title" tabIndex={-1}>
        <h2 id="conflict-title" className="error-summary__title">
          {t('conflict.title')}
        </h2>
        <p>{t('conflict.body')}</p>
        <p>{t('conflict.keep')}</p>
        {loadError !== null && <ApiErrorMessage error={loadError} />}
        <button type="button" className="button button--secondary" onClick={onLoadCurrent} disabled={loading}>
          {loading ? t('area.loading') : t('conflict.loadCurrent')}
        </button>
      </div>
    );
  }
  return (
    <div ref={ref} className="notification notification--info" role="status" aria-labelledby="conflict-merged-title" tabIndex={-1}>
      <div className="notification__header">
        <h2 id="conflict-merged-title" className="notification__title">
          {t('conflict.mergedTitle')}
        </h2>
      </div>
      <div className="notification__content">
        <p>{t('conflict.mergedBody')}</p>
        {merged.theirChanges.length > 0 && (
          <>
            <p>{t('conflict.theirChanges')}</p>
            <ul className="list list--bullet">
              {merged.theirChanges.map((field) => (
                <li key={field}>
                  {fieldLabel(field)}
                  {merged.conflicts.includes(field) && <strong> – {t('conflict.bothChanged')}</strong>}
                </li>
              ))}
            </ul>
          </>
        )}
        <p>{t('conflict.saveAgain')}</p>
      </div>
    </div>
  );
}

/** The form, once the entry is loaded: keeps what the user typed through every error, 412 included. */
function InstitutionEditor({ institution, isAdmin }: { institution: Institution; isAdmin: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const update = useUpdateInstitution(institution.id);
  // the version the form stands on: what the user started from, and the If-Match it sends
  const [base, setBase] = useState<{ values: InstitutionFormValues; version: number; operator: Institution['operator'] }>(
    () => ({ values: fromInstitution(institution), version: institution.version, operator: institution.operator }),
  );
  const [values, setValues] = useState<InstitutionFormValues>(base.values);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [errorFocusKey, setErrorFocusKey] = useState(0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [loadingCurrent, setLoadingCurrent] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);

  const showErrors = (next: FormError[]) => {
    setErrors(next);
    setErrorFocusKey((key) => key + 1);
  };

  const onChange = (field: InstitutionField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = () => {
    const clientErrors = validateInstitution(values);
    if (clientErrors.length > 0) {
      showErrors(clientErrors);
      return;
    }
    setErrors([]);
    update.mutate(
      { version: base.version, body: toRequest(values) },
      {
        onSuccess: (saved) => {
          const state: InstitutionPageState = { notice: t('institutionForm.saved') };
          void navigate(links.institution(saved.id), { state });
        },
        onError: (error) => {
          if (isApiError(error, 412)) {
            setConflict({});
            setLoadError(null);
            return;
          }
          setConflict(null);
          showErrors(withLimits(submissionErrors(error, INSTITUTION_FIELDS, t)));
        },
      },
    );
  };

  /** Loads the version someone else saved and puts the user's changes on top of it. */
  const loadCurrent = async () => {
    setLoadingCurrent(true);
    setLoadError(null);
    try {
      const current = await fetchInstitution(client, institution.id);
      queryClient.setQueryData(institutionKeys.detail(institution.id), current);
      const theirs = fromInstitution(current);
      const merged = mergeOnConflict(base.values, values, theirs);
      setBase({ values: theirs, version: current.version, operator: current.operator });
      setValues(merged.values);
      setConflict({ merged: { theirChanges: merged.theirChanges, conflicts: merged.conflicts } });
    } catch (error) {
      setLoadError(error);
    } finally {
      setLoadingCurrent(false);
    }
  };

  return (
    <InstitutionForm
      values={values}
      onChange={onChange}
      errors={errors}
      errorFocusKey={errorFocusKey}
      onSubmit={onSubmit}
      submitting={update.isPending}
      submitLabel={t('institutionForm.save')}
      cancelHref={links.institution(institution.id)}
      institutionId={institution.id}
      currentOperator={base.operator}
      showExternalId={isAdmin}
      notice={
        conflict && (
          <ConflictPanel key={conflict.merged ? 'merged' : 'stale'} conflict={conflict} onLoadCurrent={() => void loadCurrent()} loading={loadingCurrent} loadError={loadError} />
        )
      }
    />
  );
}

export function InstitutionEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useInstitution(id);
  const me = useMe();
  const institution = query.data;
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  const heading = institution ? t('institutionForm.editTitle') : notFound ? t('institution.notFoundTitle') : t('institution.loading');
  useDocumentTitle(institution ? `${t('institutionForm.editTitle')}: ${institution.name}` : heading);

  return (
    <>
      <Link className="back-link" to={links.institution(id)}>
        {t('institutionForm.backToInstitution')}
      </Link>
      {institution && <p className="caption">{institution.name}</p>}
      <PageHeading>{heading}</PageHeading>
      {query.isPending && (
        <p role="status" className="visually-hidden">
          {t('institution.loading')}
        </p>
      )}
      {notFound && <p>{t('institution.notFoundBody')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {institution && !institution.editable && (
        <div className="inset-text">
          <p>{t('institutionForm.notEditable')}</p>
        </div>
      )}
      {institution?.editable && (
        <>
          <p className="lead lead--s">{t('institutionForm.editLead')}</p>
          {/* a new entry id is a new form; a refetch of the same entry never resets what the user typed */}
          <InstitutionEditor key={institution.id} institution={institution} isAdmin={hasPermission(me.data, 'DIRECTORY_MANAGE_ALL')} />
        </>
      )}
    </>
  );
}
