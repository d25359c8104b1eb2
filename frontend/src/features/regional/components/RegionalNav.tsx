import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { links } from '@/shared/routes/links';

/** The pages of the regional platform: dashboard, MLW gminas, need import. */
export function RegionalNav() {
  const { t } = useTranslation();
  return (
    <nav className="sub-nav" aria-label={t('regional.nav.label')}>
      <ul className="sub-nav__list">
        <li>
          <NavLink end to={links.regional()} className="sub-nav__link">
            {t('regional.nav.dashboard')}
          </NavLink>
        </li>
        <li>
          <NavLink to={links.regionalMlw()} className="sub-nav__link">
            {t('regional.nav.mlw')}
          </NavLink>
        </li>
        <li>
          <NavLink to={links.regionalImports()} className="sub-nav__link">
            {t('regional.nav.imports')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
