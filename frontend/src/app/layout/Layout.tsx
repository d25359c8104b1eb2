import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { NotificationBell } from '@/features/notifications/components/NotificationBell';
import { hasPermission, useMe } from '@/shared/auth/me';
import { useAuth } from '@/shared/auth/AuthContext';
import { RouteFocusProvider } from '@/shared/components/RouteFocus';
import { links } from '@/shared/routes/links';
import { SiteFrame } from './SiteFrame';

/** Layout of the signed-in application: header with user area, primary navigation, main. */
export function Layout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const me = useMe();
  const canReadDirectory = hasPermission(me.data, 'DIRECTORY_READ');
  const canWorkWithPlans = hasPermission(me.data, 'PLAN_WORK');
  const canReviewAudit = hasPermission(me.data, 'AUDIT_REVIEW');
  const canManageAll = hasPermission(me.data, 'DIRECTORY_MANAGE_ALL');
  const canRunRetention = hasPermission(me.data, 'RETENTION_RUN');
  const canHandleRequests = hasPermission(me.data, 'DATA_SUBJECT_REQUESTS');
  const canReadRegional = hasPermission(me.data, 'REGIONAL_READ');
  // partnerships are public records: every Synergia role may read them (/me has no permission of its own for it)
  const canReadPartnerships = (me.data?.roles.length ?? 0) > 0;
  // recommendations of the region: the ROPS's analysts, and the OPS and PUPs they are addressed to
  const seesRecommendations = (me.data?.roles.includes('regional-analyst') ?? false) || ['OPS', 'PUP'].includes(me.data?.institution?.type ?? '');

  // on narrow screens the navigation is folded behind a "Menu" button: open on the page where it
  // was opened (it folds again on every page change); Escape folds it and returns to the button
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;
  const toggleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!menuOpen) return undefined;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      toggleRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);

  const userArea = (
    <div className="user-area">
      {me.data && (
        <p className="user-area__identity">
          <span className="user-area__name">{me.data.displayName || me.data.username}</span>
          {me.data.institution?.name && <span className="user-area__institution">{me.data.institution.name}</span>}
        </p>
      )}
      {me.data?.institution && <NotificationBell />}
      <button type="button" className="button button--header" onClick={auth.logout}>
        {t('user.logout')}
      </button>
    </div>
  );

  const navigation = (
    <nav className="service-nav" aria-label={t('nav.label')}>
      <div className="container service-nav__bar">
        <button ref={toggleRef} type="button" className="service-nav__toggle" aria-expanded={menuOpen} aria-controls="service-nav-list" onClick={() => setOpenOn(menuOpen ? null : pathname)}>
          {t('mobile.menu')}
          <span className="service-nav__toggle-icon" aria-hidden="true" />
        </button>
      </div>
      <ul id="service-nav-list" className={`container service-nav__list${menuOpen ? ' service-nav__list--open' : ''}`}>
        <li>
          <NavLink end to={links.home()} className="service-nav__link">
            {t('nav.home')}
          </NavLink>
        </li>
        {canWorkWithPlans && (
          <li>
            <NavLink to={links.caseload()} className="service-nav__link">
              {t('nav.caseload')}
            </NavLink>
          </li>
        )}
        {canWorkWithPlans && (
          <li>
            <NavLink to={links.myCases()} className="service-nav__link">
              {t('nav.myCases')}
            </NavLink>
          </li>
        )}
        {canWorkWithPlans && (
          <li>
            <NavLink to={links.referrals()} className="service-nav__link">
              {t('nav.referrals')}
            </NavLink>
          </li>
        )}
        {canReadPartnerships && (
          <li>
            <NavLink to={links.partnerships()} className="service-nav__link">
              {t('nav.partnerships')}
            </NavLink>
          </li>
        )}
        {canReadRegional && (
          <li>
            <NavLink to={links.regional()} className="service-nav__link">
              {t('nav.regional')}
            </NavLink>
          </li>
        )}
        {canReadDirectory && (
          <>
            <li>
              <NavLink to={links.institutions()} className="service-nav__link">
                {t('nav.institutions')}
              </NavLink>
            </li>
            <li>
              <NavLink to={links.services()} className="service-nav__link">
                {t('nav.services')}
              </NavLink>
            </li>
            <li>
              <NavLink to={links.institutionTypes()} className="service-nav__link">
                {t('nav.institutionTypes')}
              </NavLink>
            </li>
          </>
        )}
        {canReviewAudit && (
          <li>
            <NavLink to={links.accessLog()} className="service-nav__link">
              {t('nav.accessLog')}
            </NavLink>
          </li>
        )}
        {canHandleRequests && (
          <>
            <li>
              <NavLink to={links.dpoSearch()} className="service-nav__link">
                {t('nav.dpoSearch')}
              </NavLink>
            </li>
            <li>
              <NavLink to={links.dpoRequests()} className="service-nav__link">
                {t('nav.dpoRequests')}
              </NavLink>
            </li>
          </>
        )}
        {canManageAll && (
          <li>
            <NavLink to={links.imports()} className="service-nav__link">
              {t('nav.imports')}
            </NavLink>
          </li>
        )}
        {canRunRetention && (
          <li>
            <NavLink to={links.anonymisation()} className="service-nav__link">
              {t('nav.anonymisation')}
            </NavLink>
          </li>
        )}
        {seesRecommendations && (
          <li>
            <NavLink to={links.recommendations()} className="service-nav__link">
              {t('recommendations.nav')}
            </NavLink>
          </li>
        )}
      </ul>
    </nav>
  );

  return (
    <RouteFocusProvider>
      <SiteFrame
        logo={
          <Link to={links.home()} className="header__logo">
            {t('app.name')}
          </Link>
        }
        userArea={userArea}
        navigation={navigation}
        statementLink={<Link to={links.accessibility()}>{t('footer.accessibility')}</Link>}
      >
        <Outlet />
      </SiteFrame>
    </RouteFocusProvider>
  );
}
