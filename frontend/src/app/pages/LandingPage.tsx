import { useTranslation } from 'react-i18next';
import { useAuth } from '@/shared/auth/AuthContext';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { SiteFrame } from '../layout/SiteFrame';
import { links } from '@/shared/routes/links';

/** Shown to visitors who are not signed in, whatever the URL (after login they return to it). */
export function LandingPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  useDocumentTitle(t('landing.title'));
  return (
    <SiteFrame
      logo={
        <a href="/" className="header__logo">
          {t('app.name')}
        </a>
      }
    >
      <div className="landing">
        <h1 className="page-heading">{t('landing.title')}</h1>
        <p className="lead">{t('landing.lead')}</p>
        <button type="button" className="button button--start" onClick={auth.login}>
          {t('landing.login')}
          <svg className="button__icon" aria-hidden="true" focusable="false" viewBox="0 0 33 40" width="17" height="19">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </button>
        <p className="hint">{t('landing.loginHint')}</p>
        <h2 className="heading-m">{t('landing.featuresHeading')}</h2>
        <ul className="list list--bullet">
          <li>{t('landing.feature1')}</li>
          <li>{t('landing.feature2')}</li>
          <li>{t('landing.feature3')}</li>
        </ul>
        <h2 className="heading-m">{t('landing.publicHeading')}</h2>
        <p>
          {t('landing.publicText')} <a href={links.publicPartnerships()}>{t('landing.publicLink')}</a>
        </p>
        <p>
          <a href={links.publicRegional()}>{t('regional.public.link')}</a>
        </p>
      </div>
    </SiteFrame>
  );
}
