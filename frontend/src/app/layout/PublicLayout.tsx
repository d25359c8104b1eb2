import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useAuth } from '@/shared/auth/AuthContext';
import { links } from '@/shared/routes/links';
import { RouteFocusProvider } from '@/shared/components/RouteFocus';
import { SiteFrame } from './SiteFrame';

/**
 * Layout of the public pages for visitors who are not signed in: no navigation of the
 * application and no call of /api/v1/me, a login button instead of the user area.
 */
export function PublicLayout() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <RouteFocusProvider>
      <SiteFrame
        logo={
          <Link to="/" className="header__logo">
            {t('app.name')}
          </Link>
        }
        userArea={
          <div className="user-area">
            <button type="button" className="button button--header" onClick={auth.login}>
              {t('landing.login')}
            </button>
          </div>
        }
        statementLink={<Link to={links.accessibility()}>{t('footer.accessibility')}</Link>}
      >
        <Outlet />
      </SiteFrame>
    </RouteFocusProvider>
  );
}
