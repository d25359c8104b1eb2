import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/shared/components/LanguageSwitch';
import { links } from '@/shared/routes/links';

interface SiteFrameProps {
  /** the service name as a link to the home page (router link or plain anchor) */
  logo: ReactNode;
  userArea?: ReactNode;
  navigation?: ReactNode;
  /**
   * the footer's link to the accessibility statement, as a router link where a router runs; a plain
   * link (a new page load) by default, e.g. on the start-up error pages
   */
  statementLink?: ReactNode;
  children: ReactNode;
}

function focusMain(event: MouseEvent<HTMLAnchorElement>): void {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
}

/** Page frame shared by the signed-in layout, the landing page and the start-up error pages. */
export function SiteFrame({ logo, userArea, navigation, statementLink, children }: SiteFrameProps) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <a href="#main" className="skip-link" onClick={focusMain}>
        {t('skipLink')}
      </a>
      <header className="header">
        <div className="container header__container">
          <div className="header__brand">
            {logo}
            <span className="header__tagline">{t('app.tagline')}</span>
          </div>
          <div className="header__tools">
            <LanguageSwitch />
            {userArea}
          </div>
        </div>
      </header>
      {navigation}
      <div className="container page__body">
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="footer">
        <div className="container">
          <p>{t('footer.about')}</p>
          <p>{t('footer.help')}</p>
          <p>{statementLink ?? <a href={links.accessibility()}>{t('footer.accessibility')}</a>}</p>
          <p>
            {/* a plain link: the frame is also drawn outside the router (start-up errors) */}
            <a href={links.publicRegional()}>{t('footer.publicRegional')}</a>
          </p>
        </div>
      </footer>
    </div>
  );
}
