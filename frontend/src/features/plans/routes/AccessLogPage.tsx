import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { isApiError } from '@/shared/api/ApiError';
import { hasPermission, useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDateTime } from '@/shared/format/dates';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { TextField } from '@/shared/forms/fields';
import { useLanguage } from '@/shared/i18n/i18n';
import { useAccessLog } from '../api/getAccessLog';
import { DataSubjectExport } from '../components/DataSubjectExport';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The data-protection officer's view: every access to one person's data, allowed or denied. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('accessLog.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const clientId = params.get('client') ?? '';
  const [value, setValue] = useState(clientId);
  const [invalid, setInvalid] = useState(0);
  const me = useMe();
  const log = useAccessLog(UUID.test(clientId) ? clientId : '');
  const notFound = isApiError(log.error, 404);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = value.trim();
    if (!UUID.test(id)) {
      setInvalid((count) => count + 1);
      return;
    }
    setInvalid(0);
    void navigate(links.accessLog(id));
  };
  const error = invalid > 0 ? t('accessLog.invalidId') : undefined;

  return (
    <>
      <PageHeading>{t('accessLog.title')}</PageHeading>
      <p className="lead lead--s">{t('accessLog.lead')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary key={invalid} items={error ? [{ targetId: 'access-log-client', text: error }] : []} />
        <TextField id="access-log-client" label={t('accessLog.clientId')} hint={t('accessLog.clientIdHint')} error={error} value={value} width="two-thirds" onChange={setValue} />
        <button type="submit" className="button">
          {t('accessLog.show')}
        </button>
      </form>
      {UUID.test(clientId) && (
        <section aria-labelledby="access-log-results" className="section">
          <h2 id="access-log-results" className="heading-m">
            {t('accessLog.resultsHeading')}
          </h2>
          <p className="result-count" role="status">
            {log.isPending ? t('accessLog.loading') : log.data ? t('accessLog.count', { count: log.data.length }) : ''}
          </p>
          {notFound && <p>{t('accessLog.notFound')}</p>}
          {log.isError && !notFound && <ApiErrorMessage error={log.error} onRetry={() => void log.refetch()} />}
          {log.data && log.data.length > 0 && (
            <div className="table-scroll" role="region" aria-labelledby="access-log-caption" tabIndex={0}>
              <table className="table table--compact">
                <caption id="access-log-caption" className="table__caption table__caption--s">
                  {t('accessLog.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('accessLog.column.when')}</th>
                    <th scope="col">{t('accessLog.column.who')}</th>
                    <th scope="col">{t('accessLog.column.what')}</th>
                    <th scope="col">{t('accessLog.column.purpose')}</th>
                    <th scope="col">{t('accessLog.column.outcome')}</th>
                  </tr>
                </thead>
                <tbody>
                  {log.data.map((entry, index) => (
                    <tr key={`${entry.occurredAt}-${index}`}>
                      <td>{formatDateTime(entry.occurredAt, language)}</td>
                      <td>
                        {entry.who}
                        {entry.institution && (
                          <>
                            <br />
                            <span className="secondary-text">{entry.institution.name}</span>
                          </>
                        )}
                      </td>
                      <td>
                        {entry.action} · {entry.recordType}
                      </td>
                      <td>{entry.purpose}</td>
                      <td>
                        {entry.outcome === 'DENIED' ? <Tag variant="red">{t('accessLog.denied')}</Tag> : <Tag variant="green">{t('accessLog.allowed')}</Tag>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {UUID.test(clientId) && log.data && hasPermission(me.data, 'DATA_SUBJECT_EXPORT') && <DataSubjectExport clientId={clientId} />}
    </>
  );
}
