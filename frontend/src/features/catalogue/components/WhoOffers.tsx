import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/shared/auth/me';
import { Link, useNavigate } from 'react-router';
import { links } from '@/shared/routes/links';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { useLabels } from '@/shared/i18n/labels';
import { AreaSelect, isTerytPrefix } from '@/shared/reference/AreaSelect';
import { useOfferings } from '../api/listOfferings';

const PAGE_SIZE = 50;

interface WhoOffersProps {
  serviceCode: string;
  serviceName: string;
  /** the area in the URL (`?teryt=`): '' before the user asked */
  teryt: string;
  asked: boolean;
}

/**
 * "Who offers it near me": choose an area down to the gmina, then the active offerings of
 * active institutions there. The area lives in the URL, so the answer can be shared.
 */
export function WhoOffers({ serviceCode, serviceName, teryt, asked }: WhoOffersProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const captionId = useId();
  const me = useMe();
  // before the user asks, the picker starts on the gmina of the user's institution ("near me")
  const [area, setArea] = useState(teryt);
  const ownGmina = me.data?.gmina?.teryt ?? '';
  const [defaulted, setDefaulted] = useState(false);
  if (!defaulted && ownGmina) {
    setDefaulted(true);
    if (!asked && area === '') setArea(ownGmina);
  }
  const [page, setPage] = useState(0);
  // a new area in the URL (submit, back button) resets the choice and the page, without a remount
  const [syncedTeryt, setSyncedTeryt] = useState(teryt);
  if (teryt !== syncedTeryt) {
    setSyncedTeryt(teryt);
    setArea(teryt);
    setPage(0);
  }
  const query = useOfferings({ service: serviceCode, teryt: isTerytPrefix(teryt) ? teryt : undefined, page, size: PAGE_SIZE }, asked);
  const data = query.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPage(0);
    // `teryt=` (empty) means "all of Poland": the question was asked
    void navigate(`${links.service(serviceCode)}?teryt=${encodeURIComponent(area)}`, { replace: false });
  };

  return (
    <section className="section who-offers" aria-labelledby="who-offers-heading">
      <h2 id="who-offers-heading" className="heading-m">
        {t('whoOffers.heading')}
      </h2>
      <p>{t('whoOffers.lead', { name: serviceName })}</p>
      <form className="who-offers__form" onSubmit={submit} noValidate aria-label={t('whoOffers.formLabel')}>
        <AreaSelect id="who-offers-area" legend={t('whoOffers.area')} hint={t('whoOffers.areaHint')} value={area} onChange={setArea} />
        <button type="submit" className="button">
          {t('whoOffers.submit')}
        </button>
      </form>

      <p className="result-count" role="status">
        {asked && query.isFetching ? t('whoOffers.loading') : asked && data ? t('whoOffers.count', { count: data.totalItems }) : ''}
      </p>
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {asked && data && data.items.length === 0 && (
        <div className="empty-state">
          <p>{t('whoOffers.empty')}</p>
        </div>
      )}
      {asked && data && data.items.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table" aria-busy={query.isFetching}>
            <caption id={captionId} className="table__caption table__caption--s">
              {t('whoOffers.caption', { name: serviceName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('whoOffers.column.institution')}</th>
                <th scope="col">{t('whoOffers.column.gmina')}</th>
                <th scope="col">{t('whoOffers.column.places')}</th>
                <th scope="col">{t('whoOffers.column.schedule')}</th>
                <th scope="col">{t('whoOffers.column.contact')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((offering) => (
                <tr key={offering.id}>
                  <td>
                    <Link to={links.institution(offering.institution.id)}>{offering.institution.name}</Link>
                    <br />
                    <span className="secondary-text">{labels.institutionType(offering.institution.type)}</span>
                  </td>
                  <td>
                    {t('institutions.gminaCell', {
                      gmina: offering.institution.gmina.name,
                      powiat: offering.institution.gmina.powiatName,
                    })}
                  </td>
                  <td>{offering.places ?? '—'}</td>
                  <td>{offering.schedule ?? '—'}</td>
                  <td>{offering.contact ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {asked && data && data.totalPages > 1 && (
        <nav className="pagination" aria-label={t('whoOffers.pagination')}>
          {page > 0 && (
            <button type="button" className="link-button pagination__link" onClick={() => setPage(page - 1)}>
              {t('pagination.previous')}
            </button>
          )}
          <p className="pagination__status">{t('pagination.pageOf', { page: page + 1, total: data.totalPages })}</p>
          {page + 1 < data.totalPages && (
            <button type="button" className="link-button pagination__link" onClick={() => setPage(page + 1)}>
              {t('pagination.next')}
            </button>
          )}
        </nav>
      )}
    </section>
  );
}
