import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links } from '@/shared/routes/links';
import { useLabels } from '@/shared/i18n/labels';
import type { Me } from '@/shared/auth/me';

export function MyInstitution({ institution }: { institution: Me['institution'] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section className="section" aria-labelledby="my-institution-heading">
      <h2 id="my-institution-heading" className="heading-m">
        {t('home.institutionHeading')}
      </h2>
      {institution?.id ? (
        <div className="card">
          <p className="card__title">
            <Link to={links.institution(institution.id)}>{institution.name}</Link>
          </p>
          <p className="card__meta">{labels.institutionType(institution.type)}</p>
        </div>
      ) : (
        <p>{t('home.noInstitution')}</p>
      )}
    </section>
  );
}
