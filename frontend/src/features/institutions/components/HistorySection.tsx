import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { formatDate, formatDateTime, isIsoDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import {
  isChangeAction,
  isCooperativeProfile,
  isInstitutionType,
  isOfferingStatus,
  isOfficialStatusKind,
  isStakeholderRole,
  useLabels,
} from '@/shared/i18n/labels';
import { useAllServices } from '@/shared/reference/api/listAllServices';
import { useInstitutionHistory, type FieldChange, type InstitutionChange } from '../api/getInstitutionHistory';

const PAGE_SIZE = 10;
/** technical fields that identify rather than describe, left out of the table */
const HIDDEN_FIELDS = new Set(['offering.id']);

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** Label of a history field (`officialStatus.validTo`, `offering.places` …); unknown fields show their name. */
function useFieldLabel() {
  const { t, i18n } = useTranslation();
  return (field: string): string => {
    const key = `history.field.${field}`;
    return i18n.exists(key) ? (t as unknown as LooseT)(key) : field;
  };
}

/** A history value as people read it: labels for codes, dates in the current language, "—" for none. */
function useValueText() {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useLabels();
  const services = useAllServices();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(String).join('; ');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value !== 'string') return String(value);
    if (field === 'type' && isInstitutionType(value)) return labels.institutionType(value);
    if (field === 'stakeholderRole' && isStakeholderRole(value)) return labels.stakeholderRole(value);
    if (field === 'officialStatus.kind' && isOfficialStatusKind(value)) return labels.officialStatusKind(value);
    if (field === 'cooperativeProfile' && isCooperativeProfile(value)) return labels.cooperativeProfile(value);
    if (field === 'offering.status' && isOfferingStatus(value)) return labels.offeringStatus(value);
    if (field === 'offering.serviceCode') {
      const service = services.data?.find((entry) => entry.code === value);
      return service ? labels.name(service) : value;
    }
    if (isIsoDate(value)) return formatDate(value, language);
    return value;
  };
}

function ChangeItem({ change }: { change: InstitutionChange }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useLabels();
  const fieldLabel = useFieldLabel();
  const valueText = useValueText();
  // a new entry or offering lists what it was created with, not a column of empty "before"s
  const created = change.action === 'CREATED' || change.action === 'OFFERING_ADDED' || change.action === 'IMPORTED';
  const rows: FieldChange[] = change.changes.filter(
    (item) => !HIDDEN_FIELDS.has(item.field) && !(created && (item.newValue === null || item.newValue === '')),
  );
  const action = isChangeAction(change.action) ? labels.action(change.action) : change.action;
  const when = formatDateTime(change.changedAt, language);

  return (
    <li className="history__item">
      <h3 className="heading-s history__title">
        {action} <span className="secondary-text">– {when}</span>
      </h3>
      <p className="history__who">{t('history.by', { name: change.changedBy })}</p>
      {rows.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t('history.tableLabel', { action, when })} tabIndex={0}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('history.column.field')}</th>
                {!created && <th scope="col">{t('history.column.old')}</th>}
                <th scope="col">{created ? t('history.column.value') : t('history.column.new')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <tr key={item.field}>
                  <th scope="row">{fieldLabel(item.field)}</th>
                  {!created && <td>{valueText(item.field, item.oldValue)}</td>}
                  <td>{valueText(item.field, item.newValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

/**
 * Who changed what and when, newest first. The API decides who may read it: when it refuses
 * (403) the section is left out.
 */
export function HistorySection({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const query = useInstitutionHistory(institutionId, page, PAGE_SIZE);
  if (isApiError(query.error, 403)) return null;
  const data = query.data;
  const totalPages = data?.totalPages ?? 0;

  return (
    <section className="section history" aria-labelledby="section-history">
      <h2 id="section-history" className="heading-m">
        {t('history.heading')}
      </h2>
      <p className="visually-hidden" role="status">
        {query.isFetching ? t('history.loading') : ''}
      </p>
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {data && data.items.length === 0 && <p>{t('history.empty')}</p>}
      {data && data.items.length > 0 && (
        <>
          <ol className="history__list" aria-busy={query.isFetching}>
            {data.items.map((change) => (
              <ChangeItem key={change.id} change={change} />
            ))}
          </ol>
          {totalPages > 1 && (
            <nav className="pagination" aria-label={t('history.pagination')}>
              {page > 0 && (
                <button type="button" className="link-button pagination__link" onClick={() => setPage(page - 1)}>
                  <span aria-hidden="true">← </span>
                  {t('history.newer')}
                </button>
              )}
              <p className="pagination__status">{t('pagination.pageOf', { page: page + 1, total: totalPages })}</p>
              {page + 1 < totalPages && (
                <button type="button" className="link-button pagination__link" onClick={() => setPage(page + 1)}>
                  {t('history.older')}
                  <span aria-hidden="true"> →</span>
                </button>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
