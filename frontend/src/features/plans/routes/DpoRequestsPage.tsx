import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate, isIsoDate, todayIso } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, SelectField, TextAreaField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { useDataSubjectRequests } from '../api/listDataSubjectRequests';
import { useRecordDataSubjectRequest } from '../api/recordDataSubjectRequest';
import { personName } from '../components/names';
import { REQUEST_GROUNDS, type DataSubjectRequest, type RequestGrounds, type RequestKind } from '../model';
import type { NewRequestState } from './DpoSearchPage';

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CREATE_FIELDS = ['kind', 'grounds', 'receivedOn', 'details'] as const;
type CreateField = (typeof CREATE_FIELDS)[number];
const fieldId = (field: CreateField) => `dpo-request-${field}`;

function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The status of a request as the officer reads it: a granted restriction is "in force". */
export function useRequestStatus() {
  const { t } = useTranslation();
  return (request: Pick<DataSubjectRequest, 'kind' | 'status'>) =>
    request.kind === 'RESTRICTION' && request.status === 'GRANTED' ? t('dpo.statusRestriction.GRANTED') : t(`dpo.status.${request.status}`);
}

/** Records a request of the person the officer found: kind, grounds, the day received. */
function NewRequestForm({ clientId, name }: { clientId: string; name?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const record = useRecordDataSubjectRequest();
  const form = useFormErrors('dpoRequest', CREATE_FIELDS, fieldId, 'dpo.rlabel');
  const [kind, setKind] = useState<RequestKind | ''>('');
  const [grounds, setGrounds] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [details, setDetails] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!kind) errors.push({ field: 'kind', code: 'required' });
    if (!grounds) errors.push({ field: 'grounds', code: 'required' });
    if (!isIsoDate(receivedOn)) errors.push({ field: 'receivedOn', code: receivedOn ? 'not-a-date' : 'required' });
    if (errors.length > 0 || !kind) {
      form.show(errors);
      return;
    }
    form.clear();
    record.mutate(
      { clientId, kind, grounds: grounds as RequestGrounds, receivedOn, details: details.trim() || null },
      {
        onSuccess: (created) =>
          void navigate(links.dpoRequest(created.id), { state: { notice: t('dpo.saved', { date: formatDate(created.answerDue, language) }) } }),
        onError: (error) => form.show(submissionErrors(error, CREATE_FIELDS, t)),
      },
    );
  };

  return (
    <section aria-labelledby="dpo-new-heading" className="section">
      <h2 id="dpo-new-heading" className="heading-m">
        {t('dpo.formHeading')}
      </h2>
      {name && <p>{t('dpo.formFor', { name })}</p>}
      <form className="form" onSubmit={submit} noValidate aria-busy={record.isPending} aria-labelledby="dpo-new-heading">
        <ErrorSummary key={form.focusKey} items={form.summary} />
        <SelectField
          id={fieldId('kind')}
          label={form.label('kind')}
          error={form.errorText('kind')}
          value={kind}
          onChange={(value) => {
            setKind(value as RequestKind | '');
            setGrounds('');
          }}
          emptyLabel={t('dpo.chooseKind')}
          options={(['ERASURE', 'RESTRICTION'] as const).map((value) => ({ value, label: t(`dpo.kind.${value}`) }))}
        />
        <SelectField
          id={fieldId('grounds')}
          label={form.label('grounds')}
          error={form.errorText('grounds')}
          value={grounds}
          onChange={setGrounds}
          disabled={!kind}
          emptyLabel={t('dpo.chooseGrounds')}
          options={(kind ? REQUEST_GROUNDS[kind] : []).map((value) => ({ value, label: t(`dpo.grounds.${value}`) }))}
        />
        <DateField id={fieldId('receivedOn')} label={form.label('receivedOn')} hint={t('dpo.dueHint')} error={form.errorText('receivedOn')} value={receivedOn} onChange={setReceivedOn} />
        <TextAreaField id={fieldId('details')} label={form.label('details')} error={form.errorText('details')} value={details} rows={3} onChange={setDetails} />
        <button type="submit" className="button" disabled={record.isPending}>
          {record.isPending ? t('common.saving') : t('dpo.save')}
        </button>
      </form>
    </section>
  );
}

/** The officer's register of erasure and restriction requests, a page at a time; a new request for a person found by the search. */
export function DpoRequestsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('dpo.requestsTitle'));
  const location = useLocation();
  const [params] = useSearchParams();
  const page = readPage(params);
  const open = params.get('status') === 'open';
  const client = params.get('client') ?? '';
  const state = (location.state ?? {}) as NewRequestState;
  const requests = useDataSubjectRequests(open, page - 1, PAGE_SIZE);
  const statusOf = useRequestStatus();
  const data = requests.data;
  const loading = requests.isPending || (requests.isFetching && requests.isPlaceholderData);

  return (
    <>
      <PageHeading>{t('dpo.requestsTitle')}</PageHeading>
      <p className="lead lead--s">{t('dpo.requestsLead')}</p>
      {UUID.test(client) && <NewRequestForm key={client} clientId={client} name={state.name} />}
      <section aria-labelledby="dpo-register-heading" className="section">
        <h2 id="dpo-register-heading" className="heading-m">
          {t('dpo.requestsCaption')}
        </h2>
        <p>
          {t('dpo.filter')}:{' '}
          {open ? <Link to={links.dpoRequests()}>{t('dpo.filterAll')}</Link> : <strong>{t('dpo.filterAll')}</strong>}
          {' · '}
          {open ? <strong>{t('dpo.filterOpen')}</strong> : <Link to={links.dpoRequests({ open: true })}>{t('dpo.filterOpen')}</Link>}
        </p>
        <p className="result-count" role="status">
          {loading ? t('dpo.requestsLoading') : data ? t('dpo.requestsCount', { count: data.totalItems }) : ''}
        </p>
        {requests.isError && <ApiErrorMessage error={requests.error} onRetry={() => void requests.refetch()} />}
        {data && data.items.length === 0 && <p>{t('dpo.requestsEmpty')}</p>}
        {data && data.items.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="dpo-register-caption" tabIndex={0}>
            <table className="table" aria-busy={loading}>
              <caption id="dpo-register-caption" className="table__caption table__caption--s visually-hidden">
                {t('dpo.requestsCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('dpo.rcolumn.person')}</th>
                  <th scope="col">{t('dpo.rcolumn.kind')}</th>
                  <th scope="col">{t('dpo.rcolumn.received')}</th>
                  <th scope="col">{t('dpo.rcolumn.answerDue')}</th>
                  <th scope="col">{t('dpo.rcolumn.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((request) => (
                  <tr key={request.id} className={request.overdue ? 'row--overdue' : undefined}>
                    <td>
                      <Link to={links.dpoRequest(request.id)}>
                        {personName(request.client)}
                        <span className="visually-hidden">: {t(`dpo.kind.${request.kind}`)}</span>
                      </Link>
                    </td>
                    <td>{t(`dpo.kind.${request.kind}`)}</td>
                    <td>{formatDate(request.receivedOn, language)}</td>
                    <td>
                      {formatDate(request.answerDue, language)} {request.overdue && <Tag variant="red">{t('dpo.overdue')}</Tag>}
                    </td>
                    <td>{statusOf(request)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data && data.totalPages > 1 && (
          <Pagination
            page={page}
            totalPages={data.totalPages}
            searchFor={(next) => `?${new URLSearchParams({ ...(open ? { status: 'open' } : {}), page: String(next) })}`}
          />
        )}
      </section>
    </>
  );
}
