import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { SiteFrame } from '../layout/SiteFrame';

/** Start-up failure: `config.json` missing/invalid, or Keycloak unreachable. */
export function BootErrorPage({ kind, details }: { kind: 'config' | 'auth'; details: string }) {
  const { t } = useTranslation();
  const title = kind === 'config' ? t('boot.configTitle') : t('boot.authTitle');
  useDocumentTitle(title);
  return (
    <SiteFrame
      logo={
        <a href="/" className="header__logo">
          {t('app.name')}
        </a>
      }
    >
      <div className="error-summary" role="alert" aria-labelledby="boot-error-title">
        <h1 id="boot-error-title" className="page-heading">
          {title}
        </h1>
        <p>{kind === 'config' ? t('boot.configBody') : t('boot.authBody')}</p>
        <details className="details">
          <summary>{t('boot.details')}</summary>
          <p className="code" lang="en">
            {details}
          </p>
        </details>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('boot.retry')}
        </button>
      </div>
    </SiteFrame>
  );
}
