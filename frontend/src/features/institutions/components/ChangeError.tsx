import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';

/**
 * Why a change was not saved. A 412 means someone else saved first: nothing was lost on the
 * server and the user is offered the current version.
 */
export function ChangeError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error, 412)) {
    return (
      <div className="error-summary" role="alert" aria-labelledby="change-conflict-title">
        <h2 id="change-conflict-title" className="error-summary__title">
          {t('conflict.title')}
        </h2>
        <p>{t('conflict.bodySimple')}</p>
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('conflict.reload')}
        </button>
      </div>
    );
  }
  if (isApiError(error, 403)) {
    return (
      <div className="error-summary" role="alert" aria-labelledby="change-forbidden-title">
        <h2 id="change-forbidden-title" className="error-summary__title">
          {t('errors.forbiddenTitle')}
        </h2>
        <p>{t('errors.forbiddenChange')}</p>
      </div>
    );
  }
  return <ApiErrorMessage error={error} />;
}
