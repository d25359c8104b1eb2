import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { links } from '@/app/links';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { useInstitution } from '../api/getInstitution';
import { InstitutionDetails } from '../components/InstitutionDetails';

export function InstitutionDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useInstitution(id);
  // an id that is not a UUID (400) is as unknown to the user as a missing one (404)
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);

  let heading: string;
  if (query.data) heading = query.data.name;
  else if (notFound) heading = t('institution.notFoundTitle');
  else if (query.isError) heading = t('errors.title');
  else heading = t('institution.loading');
  useDocumentTitle(heading);

  return (
    <>
      <Link className="back-link" to={links.institutions()}>
        {t('institution.back')}
      </Link>
      <PageHeading>{heading}</PageHeading>
      {query.isPending && (
        <p role="status" className="visually-hidden">
          {t('institution.loading')}
        </p>
      )}
      {notFound && <p>{t('institution.notFoundBody')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <InstitutionDetails institution={query.data} />}
    </>
  );
}
