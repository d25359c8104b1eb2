import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/shared/api/types';
import { RecommendationStatusTag } from '@/shared/components/RecommendationStatusTag';
import { formatDate, todayIso } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';

type RecommendationSummary = Schemas['RecommendationSummary'];

/**
 * The gmina's recommendations on its profile: the RPW's to the gmina and to its powiat, newest
 * first, each with its status, date and the start of its text, linked to the whole. The analyst
 * (who issues them) is offered to issue one for this gmina.
 */
export function RecommendationsSlot({
  teryt,
  name,
  recommendations,
  canIssue,
}: {
  teryt: string;
  name: string;
  recommendations: readonly RecommendationSummary[];
  canIssue: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  /** The day (in Poland) it was issued. */
  const issuedOn = (instant: string) => formatDate(todayIso(new Date(instant)), language);
  return (
    <section className="regional-section" aria-labelledby="recommendations-heading" data-slot="recommendations" data-teryt={teryt}>
      <h2 id="recommendations-heading" className="heading-m">
        {t('regional.profile.recommendations.heading')}
      </h2>
      {recommendations.length === 0 ? (
        <p className="secondary-text">{t('regional.profile.recommendations.none', { name })}</p>
      ) : (
        <>
          <p>{t('regional.profile.recommendations.count', { count: recommendations.length })}</p>
          <ul className="recommendation-list">
            {recommendations.map((r) => (
              <li key={r.id} className="recommendation-list__item">
                <p className="recommendation-list__meta">
                  <RecommendationStatusTag status={r.status} />{' '}
                  <span className="secondary-text">
                    {t('regional.profile.recommendations.issuedOn', { date: issuedOn(r.issuedAt) })}
                    {r.territory.level === 'POWIAT' && ` · ${t('regional.profile.recommendations.toPowiat', { name: r.territory.name })}`}
                  </span>
                </p>
                <p className="recommendation-list__excerpt">{r.excerpt}</p>
                <Link to={links.recommendation(r.id)}>
                  {t('regional.profile.recommendations.open')}{' '}
                  <span className="visually-hidden">{t('regional.profile.recommendations.openOf', { date: issuedOn(r.issuedAt) })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {canIssue && (
        <p>
          <Link className="button button--secondary" to={links.recommendationNew(teryt)}>
            {t('regional.profile.recommendations.issue')}
          </Link>
        </p>
      )}
    </section>
  );
}
