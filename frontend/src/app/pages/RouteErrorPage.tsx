import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { SiteFrame } from '../layout/SiteFrame';

/** Last resort when rendering a route throws. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('errors.title'));
  return (
    <SiteFrame
      logo={
        <a href="/" className="header__logo">
          {t('app.name')}
        </a>
      }
    >
      <h1 className="page-heading">{t('errors.title')}</h1>
      <ApiErrorMessage error={error} onRetry={() => window.location.reload()} />
    </SiteFrame>
  );
}
