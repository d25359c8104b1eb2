import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { RecommendationStatusTag } from '@/shared/components/RecommendationStatusTag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { SelectField } from '@/shared/forms/fields';
import { links } from '@/shared/routes/links';
import { RECOMMENDATIONS_PAGE_SIZE, useRecommendations } from '../api/listRecommendations';
import { RECOMMENDATION_STATUSES } from '../model';

/**
 * Recommendations of the region: the analyst sees the voivodeship's (filtered by status, newest
 * first) and issues new ones; the staff of an addressed OPS or PUP see theirs.
 */
export function RecommendationsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query = useRecommendations(status, '', page - 1);
  const analyst = me.data?.roles.includes('regional-analyst') ?? false;
  const heading = t('recommendations.title');
  useDocumentTitle(heading);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const data = query.data;

  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <p className="hint">{analyst ? t('recommendations.introAnalyst') : t('recommendations.introAddressee')}</p>
      {analyst && (
        <div className="button-group">
          <Link className="button" to={links.recommendationNew()}>
            {t('recommendations.issue')}
          </Link>
          <Link className="button button--secondary" to={links.rpw()}>
            {t('rpw.title')}
          </Link>
        </div>
      )}
      <SelectField
        id="recommendation-status"
        label={t('recommendations.statusFilter')}
        value={status}
        emptyLabel={t('recommendations.allStatuses')}
        options={RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: t(`recommendations.status.${s}`) }))}
        onChange={(value) => setParams(value ? { status: value } : {})}
      />
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <p role="status">{t('recommendations.loading')}</p>}
      {data && (
        <>
          <p role="status">{t('recommendations.count', { count: data.totalItems })}</p>
          {data.items.length > 0 && (
            <div className="table-scroll" role="region" aria-labelledby="recommendations-caption" tabIndex={0}>
            <table className="table">
              <caption id="recommendations-caption" className="visually-hidden">{heading}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('recommendations.territory')}</th>
                  <th scope="col">{t('recommendations.text')}</th>
                  <th scope="col">{t('recommendations.statusLabel')}</th>
                  <th scope="col">{t('recommendations.issuedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link to={links.recommendation(r.id)}>
                        {t(`recommendations.level.${r.territory.level}`, { name: r.territory.name })}
                      </Link>
                    </td>
                    <td>{r.excerpt}</td>
                    <td>
                      <RecommendationStatusTag status={r.status} />
                    </td>
                    <td>{date.format(new Date(r.issuedAt))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          )}
          {data.totalPages > 1 && (
            <Pagination
              page={page}
              totalPages={data.totalPages}
              searchFor={(p) => `?${new URLSearchParams({ ...(status ? { status } : {}), page: String(p) }).toString()}`}
            />
          )}
          <p className="visually-hidden">{t('recommendations.pageSize', { count: RECOMMENDATIONS_PAGE_SIZE })}</p>
        </>
      )}
    </>
  );
}
