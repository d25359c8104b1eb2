import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/shared/api/ApiError';

/**
 * Error summary (GOV.UK pattern) for a failed API call: shows the problem+json `title` and
 * `detail`, the field errors if any, and a retry button.
 */
export function ApiErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const problem = error instanceof ApiError ? error.problem : undefined;
  const status = error instanceof ApiError ? error.status : undefined;
  const title = problem?.title ?? t('errors.title');
  const detail = problem?.detail ?? (status === undefined ? t('errors.network') : undefined);
  const fieldErrors = problem?.errors ?? [];

  return (
    <div className="error-summary" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId} className="error-summary__title">
        {title}
      </h2>
      {detail && <p>{detail}</p>}
      {fieldErrors.length > 0 && (
        <ul className="error-summary__list">
          {fieldErrors.map((fieldError, index) => (
            <li key={`${fieldError.field ?? ''}-${index}`}>
              {fieldError.field ? `${fieldError.field}: ` : ''}
              {fieldError.message}
            </li>
          ))}
        </ul>
      )}
      {status !== undefined && <p className="error-summary__status">{t('errors.status', { status })}</p>}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
