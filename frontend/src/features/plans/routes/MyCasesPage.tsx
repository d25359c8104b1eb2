import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { hasPermission, useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { WarningText } from '@/shared/components/WarningText';
import { formatDate } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { SelectField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { useColleagues } from '../api/listColleagues';
import { useMyCases } from '../api/listMyCases';
import { useReassignCases } from '../api/reassignCases';
import { personName } from '../components/names';
import { PlanStatusTag } from '../components/PlanStatusTag';

const PAGE_SIZE = 20;
const REASSIGN_FIELDS = ['fromSubject', 'toSubject'] as const;
type ReassignField = (typeof REASSIGN_FIELDS)[number];
const fieldId = (field: ReassignField) => `reassign-${field}`;

function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** A coordinator hands every case of a colleague (e.g. one who left) to another, after a confirmation. */
export function ReassignSection() {
  const { t } = useTranslation();
  const colleagues = useColleagues();
  const reassign = useReassignCases();
  const form = useFormErrors('reassign', REASSIGN_FIELDS, fieldId, 'cases.label');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState('');
  const confirmRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const people = colleagues.data ?? [];
  const nameOf = (subject: string) => people.find((person) => person.subject === subject)?.displayName ?? '';

  const next = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!from) errors.push({ field: 'fromSubject', code: 'required' });
    if (!to) errors.push({ field: 'toSubject', code: 'required' });
    else if (to === from) errors.push({ field: 'toSubject', code: 'same-person' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    setResult('');
    setConfirming(true);
  };

  const confirm = () =>
    reassign.mutate(
      { fromSubject: from, toSubject: to },
      {
        onSuccess: (done) => {
          setConfirming(false);
          setFrom('');
          setTo('');
          setResult(
            [
              t('cases.moved', { count: done.moved }),
              done.merged > 0 ? t('cases.merged', { count: done.merged }) : '',
              done.skippedRestricted > 0 ? t('cases.skipped', { count: done.skippedRestricted }) : '',
            ]
              .filter(Boolean)
              .join(' '),
          );
        },
        onError: (error) => {
          setConfirming(false);
          form.show(submissionErrors(error, REASSIGN_FIELDS, t));
        },
      },
    );

  const options = people.map((person) => ({ value: person.subject, label: person.displayName }));
  return (
    <section aria-labelledby="reassign-heading" className="section">
      <h2 id="reassign-heading" className="heading-m">
        {t('cases.reassignHeading')}
      </h2>
      <p className="hint">{t('cases.reassignLead')}</p>
      <p role="status" className="live-announcement">
        {result}
      </p>
      {colleagues.isError && <ApiErrorMessage error={colleagues.error} onRetry={() => void colleagues.refetch()} />}
      {confirming ? (
        <div className="form" role="group" aria-labelledby="reassign-confirm-heading">
          <h3 id="reassign-confirm-heading" className="heading-s" tabIndex={-1} ref={confirmRef}>
            {t('cases.confirmHeading')}
          </h3>
          <WarningText>{t('cases.confirm', { from: nameOf(from), to: nameOf(to) })}</WarningText>
          <div className="button-group">
            <button type="button" className="button button--warning" disabled={reassign.isPending} onClick={confirm}>
              {reassign.isPending ? t('common.saving') : t('cases.confirmButton')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('cases.back')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={next} noValidate aria-labelledby="reassign-heading">
          <ErrorSummary key={form.focusKey} items={form.summary} />
          <SelectField
            id={fieldId('fromSubject')}
            label={form.label('fromSubject')}
            error={form.errorText('fromSubject')}
            value={from}
            onChange={setFrom}
            emptyLabel={colleagues.isPending ? t('area.loading') : t('cases.choose')}
            options={options}
          />
          <SelectField
            id={fieldId('toSubject')}
            label={form.label('toSubject')}
            error={form.errorText('toSubject')}
            value={to}
            onChange={setTo}
            emptyLabel={colleagues.isPending ? t('area.loading') : t('cases.choose')}
            options={options.filter((option) => option.value !== from)}
          />
          <button type="submit" className="button button--secondary">
            {t('cases.reassign')}
          </button>
        </form>
      )}
    </section>
  );
}

/** The caller's own cases (plans they handle for their institution), a page at a time; a coordinator reassigns a colleague's. */
export function MyCasesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('cases.title'));
  const me = useMe();
  const [params] = useSearchParams();
  const page = readPage(params);
  const cases = useMyCases(page - 1, PAGE_SIZE);
  const data = cases.data;
  const loading = cases.isPending || (cases.isFetching && cases.isPlaceholderData);

  return (
    <>
      <PageHeading>{t('cases.title')}</PageHeading>
      <p className="lead">{t('cases.lead')}</p>
      <section aria-labelledby="cases-heading" className="section">
        <h2 id="cases-heading" className="visually-hidden">
          {t('cases.caption')}
        </h2>
        <p className="result-count" role="status">
          {loading ? t('cases.loading') : data ? t('cases.count', { count: data.totalItems }) : ''}
        </p>
        {cases.isError && <ApiErrorMessage error={cases.error} onRetry={() => void cases.refetch()} />}
        {data && data.items.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="cases-caption" tabIndex={0}>
            <table className="table" aria-busy={loading}>
              <caption id="cases-caption" className="table__caption table__caption--s">
                {t('cases.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('cases.column.person')}</th>
                  <th scope="col">{t('cases.column.plan')}</th>
                  <th scope="col">{t('cases.column.status')}</th>
                  <th scope="col">{t('cases.column.lead')}</th>
                  <th scope="col">{t('cases.column.since')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.planId}>
                    <td>
                      <Link to={links.client(item.client.id)}>{personName(item.client)}</Link>
                    </td>
                    <td>
                      <Link to={links.plan(item.planId)}>{item.title}</Link>{' '}
                      {item.restricted && <Tag variant="yellow">{t('cases.restricted')}</Tag>}
                    </td>
                    <td>
                      <PlanStatusTag status={item.status} />
                    </td>
                    <td>{item.lead.name}</td>
                    <td>{formatDate(item.referentSince, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data && data.items.length === 0 && (
          <div className="empty-state">
            <p>{t('cases.empty')}</p>
          </div>
        )}
        {data && data.totalPages > 1 && (
          <Pagination page={page} totalPages={data.totalPages} searchFor={(next) => `?${new URLSearchParams({ page: String(next) })}`} />
        )}
      </section>
      {hasPermission(me.data, 'CASE_REASSIGN') && <ReassignSection />}
    </>
  );
}
