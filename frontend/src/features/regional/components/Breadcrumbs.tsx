import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  /** the last crumb (the place shown) has none */
  to?: string;
}

/** Where the drill-down stands: voivodeship › powiat › gmina, each level a link back up. */
export function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t('regional.breadcrumbs')}>
      <ol className="breadcrumbs__list">
        {crumbs.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`} className="breadcrumbs__item">
            {crumb.to ? (
              <Link className="breadcrumbs__link" to={crumb.to}>
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="location">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
