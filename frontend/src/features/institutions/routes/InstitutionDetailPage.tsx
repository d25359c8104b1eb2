import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Notification } from '@/shared/components/Notification';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { useLabels } from '@/shared/i18n/labels';
import { useInstitution } from '../api/getInstitution';
import { ActivationPanel } from '../components/ActivationPanel';
import { HistorySection } from '../components/HistorySection';
import { InstitutionDetails } from '../components/InstitutionDetails';
import { InstitutionTags } from '../components/InstitutionTags';
import { OfferingList } from '../components/OfferingList';
import { OfficialStatusWarning } from '../components/OfficialStatusWarning';

/** What the pages that changed something tell this page (router state). */
export interface InstitutionPageState {
  /** the directory search the user came from (`?q=…`) */
  search?: string;
  /** a confirmation to show once, e.g. after saving the form */
  notice?: string;
}

export function InstitutionDetailPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { id = '' } = useParams();
  const location = useLocation();
  const state = (location.state ?? {}) as InstitutionPageState;
  const query = useInstitution(id);
  const navigate = useNavigate();
  const [notice, setNotice] = useState<string | undefined>(state.notice);
  // the confirmation is shown once: not again after a reload or when coming back to this page
  useEffect(() => {
    if (state.notice) void navigate('.', { replace: true, state: { search: state.search } });
  }, [navigate, state.notice, state.search]);
  // an id that is not a UUID (400) is as unknown to the user as a missing one (404)
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  const institution = query.data;

  let heading: string;
  if (institution) heading = institution.name;
  else if (notFound) heading = t('institution.notFoundTitle');
  else if (query.isError) heading = t('errors.title');
  else heading = t('institution.loading');
  useDocumentTitle(heading);

  const reload = () => void query.refetch();
  const backTo = state.search ? `${links.institutions()}${state.search}` : links.institutions();

  return (
    <>
      <Link className="back-link" to={backTo}>
        {state.search ? t('institution.backToResults') : t('institution.back')}
      </Link>
      {notice && (
        <Notification key={notice} variant="success" focus>
          <p className="notification__heading">{notice}</p>
        </Notification>
      )}
      {institution && <p className="caption">{labels.institutionType(institution.type)}</p>}
      <PageHeading>{heading}</PageHeading>
      {query.isPending && (
        <p role="status" className="visually-hidden">
          {t('institution.loading')}
        </p>
      )}
      {notFound && <p>{t('institution.notFoundBody')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={reload} />}
      {institution && (
        <>
          <InstitutionTags active={institution.active} officialStatusState={null} />
          {!institution.active && <p className="inset-text">{t('institution.inactiveBody')}</p>}
          <OfficialStatusWarning institution={institution} />
          {institution.editable && (
            <div className="button-group">
              <Link className="button" to={links.institutionEdit(institution.id)}>
                {t('institution.edit')}
              </Link>
            </div>
          )}
          <InstitutionDetails institution={institution} />
          <OfferingList
            institution={institution}
            editable={institution.editable}
            onReload={reload}
            onRemoved={(offering) => setNotice(t('offerings.removed', { name: labels.name(offering.service) }))}
          />
          {institution.editable && (
            <ActivationPanel
              institution={institution}
              onReload={reload}
              onChanged={(active) => setNotice(active ? t('activation.reactivated') : t('activation.deactivated'))}
            />
          )}
          <HistorySection institutionId={institution.id} />
        </>
      )}
    </>
  );
}
