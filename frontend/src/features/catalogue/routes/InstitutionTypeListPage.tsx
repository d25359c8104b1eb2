import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links } from '@/shared/routes/links';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { isStakeholderRole, useLabels } from '@/shared/i18n/labels';
import { useInstitutionTypes } from '../api/listInstitutionTypes';

/** The kinds of institution the model knows: who activates people, who supports, the region. */
export function InstitutionTypeListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('institutionTypes.title'));
  const labels = useLabels();
  const query = useInstitutionTypes();
  const captionId = useId();

  return (
    <>
      <PageHeading>{t('institutionTypes.title')}</PageHeading>
      <p className="lead">{t('institutionTypes.lead')}</p>
      {query.isPending && <p role="status">{t('institutionTypes.loading')}</p>}
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table">
            <caption id={captionId} className="table__caption">
              {t('institutionTypes.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('institutionTypes.column.name')}</th>
                <th scope="col">{t('institutionTypes.column.role')}</th>
                <th scope="col">{t('institutionTypes.column.services')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((type) => (
                <tr key={type.code}>
                  <td>
                    <Link to={links.institutionType(type.code)}>{labels.name(type)}</Link>
                    {type.abbreviationPl && <span className="secondary-text"> ({type.abbreviationPl})</span>}
                  </td>
                  <td>{isStakeholderRole(type.stakeholderRole) ? labels.stakeholderRole(type.stakeholderRole) : type.stakeholderRole}</td>
                  <td>{type.services.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
