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
import { sortByName } from '@/shared/format/collate';
import { formatDateTime } from '@/shared/format/dates';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, SelectField, TextField } from '@/shared/forms/fields';
import { useLanguage } from '@/shared/i18n/i18n';
import { useAccessLog } from '../api/getAccessLog';
import { DataSubjectExport } from '../components/DataSubjectExport';
import { AUDIT_ACTIONS, useAccessLogLabels } from '../components/accessLogLabels';
import { filterAccessLog, institutionKey, NO_FILTER, type AccessLogEntry, type AccessLogFilter } from '../components/accessLogFilter';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Filters of the log, folded behind a button (small screens see the entries first). */
function LogFilters({ entries, filter, onChange }: { entries: readonly AccessLogEntry[]; filter: AccessLogFilter; onChange: (next: AccessLogFilter) => void }) {
  const { t } = useTranslation();
  const labels = useAccessLogLabels();
  const institutions = new Map<string, string>();
  for (const entry of entries) institutions.set(institutionKey(entry), entry.institution?.name ?? t('accessLogFilter.noInstitution'));
  const set = (field: keyof AccessLogFilter) => (value: string) => onChange({ ...filter, [field]: value });
  return (
    <details className="details filter-panel">
      <summary className="details__summary">{t('accessLogFilter.toggle')}</summary>
      <div className="details__text" role="group" aria-label={t('accessLogFilter.label')}>
        <SelectField
          id="access-log-institution"
          label={t('accessLogFilter.institution')}
          value={filter.institution}
          onChange={set('institution')}
          emptyLabel={t('accessLogFilter.any')}
          options={sortByName([...institutions], ([, label]) => label).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          id="access-log-action"
          label={t('accessLogFilter.action')}
          value={filter.action}
          onChange={set('action')}
          emptyLabel={t('accessLogFilter.any')}
          options={AUDIT_ACTIONS.map((value) => ({ value, label: labels.action(value) }))}
        />
        <SelectField
          id="access-log-outcome"
          label={t('accessLogFilter.outcome')}
          value={filter.outcome}
          onChange={set('outcome')}
          emptyLabel={t('accessLogFilter.any')}
          options={[
            { value: 'ALLOWED', label: t('accessLog.allowed') },
            { value: 'DENIED', label: t('accessLog.denied') },
          ]}
        />
        <DateField id="access-log-from" label={t('accessLogFilter.from')} value={filter.from} onChange={set('from')} />
        <DateField id="access-log-to" label={t('accessLogFilter.to')} value={filter.to} onChange={set('to')} />
        <button type="button" className="button button--secondary" onClick={() => onChange(NO_FILTER)}>
          {t('accessLogFilter.clear')}
        </button>
      </div>
    </details>
  );
}

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
  const labels = useAccessLogLabels();
  const [filter, setFilter] = useState<AccessLogFilter>(NO_FILTER);
  const shown = log.data ? filterAccessLog(log.data, filter) : [];

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
            {log.isPending
              ? t('accessLog.loading')
              : log.data
                ? shown.length === log.data.length
                  ? t('accessLog.count', { count: log.data.length })
                  : t('accessLogFilter.shown', { count: shown.length, total: log.data.length })
                : ''}
          </p>
          {notFound && <p>{t('accessLog.notFound')}</p>}
          {log.isError && !notFound && <ApiErrorMessage error={log.error} onRetry={() => void log.refetch()} />}
          {log.data && log.data.length > 0 && <LogFilters entries={log.data} filter={filter} onChange={setFilter} />}
          {shown.length > 0 && (
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
                  {shown.map((entry, index) => (
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
                        {labels.action(entry.action)} · {labels.record(entry.recordType)}
                      </td>
                      <td>{labels.purpose(entry.purpose)}</td>
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
