import { useTranslation } from 'react-i18next';

/**
 * The place of the gmina's recommendations on its profile. The recommendations themselves (the
 * RPW's, with their status) are built apart (branch `rpw`); until then the section says there
 * are none to show, so the page already has its final shape.
 */
export function RecommendationsSlot({ teryt }: { teryt: string }) {
  const { t } = useTranslation();
  return (
    <section className="regional-section" aria-labelledby="recommendations-heading" data-slot="recommendations" data-teryt={teryt}>
      <h2 id="recommendations-heading" className="heading-m">
        {t('regional.profile.recommendations.heading')}
      </h2>
      <p className="secondary-text">{t('regional.profile.recommendations.empty')}</p>
    </section>
  );
}
