import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { submissionErrors } from '@/shared/forms/apiErrors';
import type { FormError } from '@/shared/forms/formErrors';
import { useLabels } from '@/shared/i18n/labels';
import { useAddOffering } from '../api/addOffering';
import { useInstitution, type Institution, type Offering } from '../api/getInstitution';
import { useUpdateOffering } from '../api/updateOffering';
import {
  emptyOfferingValues,
  fromOffering,
  OFFERING_FIELDS,
  OfferingForm,
  toOfferingRequest,
  validateOffering,
  withOfferingLimits,
  type OfferingField,
  type OfferingFormValues,
} from '../components/OfferingForm';
import type { InstitutionPageState } from './InstitutionDetailPage';

/** After a 412: the user's input stays, the page offers to build on the version saved meanwhile. */
function StaleNotice({ reloaded, onReload, reloading }: { reloaded: boolean; onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  if (reloaded) {
    return (
      <div ref={ref} className="notification notification--info" role="status" aria-labelledby="stale-reloaded" tabIndex={-1}>
        <div className="notification__header">
          <h2 id="stale-reloaded" className="notification__title">
            {t('conflict.mergedTitle')}
          </h2>
        </div>
        <div className="notification__content">
          <p>{t('conflict.offeringReloaded')}</p>
        </div>
      </div>
    );
  }
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="stale-title" tabIndex={-1}>
      <h2 id="stale-title" className="error-summary__title">
        {t('conflict.title')}
      </h2>
      <p>{t('conflict.body')}</p>
      <p>{t('conflict.keep')}</p>
      <button type="button" className="button button--secondary" onClick={onReload} disabled={reloading}>
        {reloading ? t('area.loading') : t('conflict.loadCurrent')}
      </button>
    </div>
  );
}

function OfferingEditor({ institution, offering, onReload, reloading }: {
  institution: Institution;
  /** the offering being changed; undefined when adding one */
  offering?: Offering;
  /** fetches the entry again and answers its current version */
  onReload: () => Promise<number | undefined>;
  reloading: boolean;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const add = useAddOffering(institution.id);
  const update = useUpdateOffering(institution.id, offering?.id ?? '');
  const mutation = offering ? update : add;
  const [values, setValues] = useState<OfferingFormValues>(() => (offering ? fromOffering(offering) : emptyOfferingValues()));
  // If-Match follows the entry's version: the one loaded, or the one reloaded after a 412
  const [version, setVersion] = useState(institution.version);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [errorFocusKey, setErrorFocusKey] = useState(0);
  const [stale, setStale] = useState<'no' | 'yes' | 'reloaded'>('no');

  const showErrors = (next: FormError[]) => {
    setErrors(next);
    setErrorFocusKey((key) => key + 1);
  };

  const onSubmit = () => {
    const clientErrors = validateOffering(values);
    if (clientErrors.length > 0) {
      showErrors(clientErrors);
      return;
    }
    setErrors([]);
    const body = toOfferingRequest(values);
    mutation.mutate(
      { version, body },
      {
        onSuccess: () => {
          const service = body.serviceCode;
          const name = institution.offerings.find((item) => item.service.code === service)?.service;
          const state: InstitutionPageState = {
            notice: offering
              ? t('offerings.updated', { name: name ? labels.name(name) : service })
              : t('offerings.added'),
          };
          void navigate(links.institution(institution.id), { state });
        },
        onError: (error) => {
          if (isApiError(error, 412)) {
            setStale('yes');
            return;
          }
          showErrors(withOfferingLimits(submissionErrors(error, OFFERING_FIELDS, t)));
        },
      },
    );
  };

  const reload = async () => {
    const current = await onReload();
    if (current === undefined) return;
    setVersion(current);
    setStale('reloaded');
  };

  return (
    <OfferingForm
      values={values}
      onChange={(field: OfferingField, value: string) => setValues((current) => ({ ...current, [field]: value }))}
      errors={errors}
      errorFocusKey={errorFocusKey}
      onSubmit={onSubmit}
      submitting={mutation.isPending}
      submitLabel={offering ? t('offeringForm.save') : t('offeringForm.add')}
      cancelHref={links.institution(institution.id)}
      notice={stale !== 'no' && <StaleNotice key={stale} reloaded={stale === 'reloaded'} onReload={() => void reload()} reloading={reloading} />}
    />
  );
}

/** Adding an offering (`/institutions/:id/offerings/new`) or changing one (`…/:offeringId/edit`). */
export function OfferingPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { id = '', offeringId } = useParams();
  const query = useInstitution(id);
  const institution = query.data;
  const offering = offeringId ? institution?.offerings.find((item) => item.id === offeringId) : undefined;
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  const offeringGone = Boolean(offeringId && institution && !offering);
  const title = offeringId ? t('offeringForm.editTitle') : t('offeringForm.addTitle');
  useDocumentTitle(institution ? `${title}: ${institution.name}` : title);

  return (
    <>
      <Link className="back-link" to={links.institution(id)}>
        {t('institutionForm.backToInstitution')}
      </Link>
      {institution && <p className="caption">{institution.name}</p>}
      <PageHeading>{title}</PageHeading>
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
      {offeringGone && (
        <div className="inset-text">
          <p>{t('offeringForm.gone')}</p>
        </div>
      )}
      {institution?.editable && !offeringGone && (
        <>
          {offering && <p className="lead lead--s">{t('offeringForm.editLead', { name: labels.name(offering.service) })}</p>}
          <OfferingEditor
            key={`${institution.id}-${offering?.id ?? 'new'}`}
            institution={institution}
            offering={offering}
            onReload={async () => (await query.refetch()).data?.version}
            reloading={query.isFetching}
          />
        </>
      )}
    </>
  );
}
