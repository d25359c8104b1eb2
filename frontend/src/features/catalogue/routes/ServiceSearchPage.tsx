import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { todayIso } from '@/shared/format/dates';
import { isInstitutionType, useLabels } from '@/shared/i18n/labels';
import { useLegalRegimes } from '../api/listLegalRegimes';
import { useServiceList } from '../api/listServices';
import { ValidityTag } from '../components/RegimeTag';
import { ServiceFilters } from '../components/ServiceFilters';
import { readServiceSearch, serviceSearchString, toServiceQuery } from './serviceSearchParams';

/** The catalogue of services and tools: search, filters, one page of results at a time. */
export function ServiceSearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.title'));
  const labels = useLabels();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const search = readServiceSearch(params);
  const query = useServiceList(toServiceQuery(search));
  const regimes = useLegalRegimes();
  const captionId = useId();
  const today = todayIso();
  const data = query.data;
  const loading = query.isPending || (query.isFetching && query.isPlaceholderData);
  const regimeOf = (code: string | undefined) => regimes.data?.find((regime) => regime.code === code);

  return (
    <>
      <PageHeading>{t('catalogue.title')}</PageHeading>
      <p className="lead">{t('catalogue.lead')}</p>
      <p>
        <Link to={links.institutionTypes()}>{t('catalogue.typesLink')}</Link>
      </p>
      <div className="search-layout">
        <div className="search-layout__filters">
          <ServiceFilters
            search={search}
            onSearch={(next) => void navigate({ search: serviceSearchString(next) })}
          />
        </div>
        <div className="search-layout__results">
          <h2 className="visually-hidden">{t('catalogue.resultsHeading')}</h2>
          <p className="result-count" role="status">
            {loading ? t('catalogue.loading') : data ? t('catalogue.count', { count: data.totalItems }) : ''}
          </p>
          {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
          {data && data.items.length === 0 && (
            <div className="empty-state">
              <p className="empty-state__title">{t('catalogue.empty')}</p>
              <p>{t('catalogue.emptyHint')}</p>
            </div>
          )}
          {data && data.items.length > 0 && (
            <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
              <table className="table" aria-busy={loading}>
                <caption id={captionId} className="table__caption">
                  {t('catalogue.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('catalogue.column.name')}</th>
                    <th scope="col">{t('catalogue.column.regime')}</th>
                    <th scope="col">{t('catalogue.column.providers')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((service) => {
                    const regime = regimeOf(service.legalRegime?.code);
                    return (
                      <tr key={service.code}>
                        <td>
                          <Link to={links.service(service.code)}>{labels.name(service)}</Link>{' '}
                          {service.historical && <Tag variant="grey">{t('catalogue.historical')}</Tag>}
                        </td>
                        <td>
                          {service.legalRegime ? labels.name(service.legalRegime) : t('catalogue.noRegime')}{' '}
                          <ValidityTag
                            validFrom={service.validFrom ?? regime?.validFrom}
                            validTo={service.validTo ?? regime?.validTo}
                            today={today}
                          />
                        </td>
                        <td>
                          {service.providerTypes
                            .filter(isInstitutionType)
                            .map((type) => labels.institutionType(type))
                            .join(', ')}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {data && data.totalPages > 1 && (
            <Pagination
              page={search.page ?? 1}
              totalPages={data.totalPages}
              searchFor={(page) => serviceSearchString({ ...search, page })}
            />
          )}
        </div>
      </div>
    </>
  );
}
