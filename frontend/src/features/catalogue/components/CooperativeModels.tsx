import { useTranslation } from 'react-i18next';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { useLabels } from '@/shared/i18n/labels';
import { useCooperativeModels, type CooperativeModel } from '../api/listCooperativeModels';
import { Localized } from './Localized';

const CATEGORIES: CooperativeModel['category'][] = ['PROFILE', 'FOUNDERS', 'SUPPORT'];

/** Seed 003 for the social-cooperative type page: its profiles, how it can be founded, the support it can get. */
export function CooperativeModels() {
  const { t } = useTranslation();
  const labels = useLabels();
  const query = useCooperativeModels(true);

  return (
    <section className="section" aria-labelledby="cooperative-models">
      <h2 id="cooperative-models" className="heading-m">
        {t('cooperativeModels.heading')}
      </h2>
      {query.isPending && <p role="status">{t('cooperativeModels.loading')}</p>}
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.data &&
        CATEGORIES.map((category) => {
          const models = query.data.filter((model) => model.category === category);
          if (models.length === 0) return null;
          return (
            <div key={category}>
              <h3 className="heading-s">{t(`cooperativeModels.category.${category}`)}</h3>
              <dl className="summary-list">
                {models.map((model) => (
                  <div key={model.code} className="summary-list__row">
                    <dt className="summary-list__key">{labels.name(model)}</dt>
                    <dd className="summary-list__value">
                      <Localized pl={model.descriptionPl} en={model.descriptionEn} />
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          );
        })}
    </section>
  );
}
