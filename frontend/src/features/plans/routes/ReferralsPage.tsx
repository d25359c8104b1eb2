import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate, useSearchParams } from 'react-router';
import { links } from '@/app/links';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Notification } from '@/shared/components/Notification';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { SelectField } from '@/shared/forms/fields';
import { useReferrals } from '../api/listReferrals';
import { ReferralItem } from '../components/ReferralItem';
import { REFERRAL_STATUSES, type ReferralBox, type ReferralStatus } from '../model';

const PAGE_SIZE = 10;
/** the API answers at most this many referrals per box */
const API_LIMIT = 200;

function readStatus(params: URLSearchParams): ReferralStatus | '' {
  const status = params.get('status') ?? '';
  return (REFERRAL_STATUSES as readonly string[]).includes(status) ? (status as ReferralStatus) : '';
}

function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function StatusFilter({ box, status }: { box: ReferralBox; status: ReferralStatus | '' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState<string>(status);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(links.referrals(box, { status: value || undefined }));
  };
  return (
    <form className="referral-filter" onSubmit={submit} aria-label={t('referrals.filterLabel')}>
      <SelectField
        id="referral-status-filter"
        label={t('referrals.statusFilter')}
        value={value}
        onChange={setValue}
        emptyLabel={t('referrals.allStatuses')}
        options={REFERRAL_STATUSES.map((option) => ({ value: option, label: t(`referralStatus.${option}`) }))}
      />
      <button type="submit" className="button button--secondary">
        {t('referrals.filter')}
      </button>
    </form>
  );
}

/**
 * The referral inbox (`in`: referrals to the caller's institution, which accepts, rejects with a
 * reason, or completes them) or outbox (`out`: sent by it, which it may withdraw). The API answers
 * the whole box at once, so the status filter and the pages are made here, kept in the URL.
 */
export function ReferralsPage({ box }: { box: ReferralBox }) {
  const { t } = useTranslation();
  const title = box === 'in' ? t('referrals.inboxTitle') : t('referrals.outboxTitle');
  useDocumentTitle(title);
  const [params] = useSearchParams();
  const status = readStatus(params);
  const page = readPage(params);
  const query = useReferrals(box);
  const [notice, setNotice] = useState<{ key: number; text: string } | null>(null);

  const all = query.data ?? [];
  const filtered = status ? all.filter((referral) => referral.status === status) : all;
  const overdue = filtered.filter((referral) => referral.overdue).length;
  const totalPages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const shown = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const statusName = status ? t(`referralStatus.${status}`) : '';

  let count = '';
  if (query.isPending) count = t('referrals.loading');
  else if (query.data) {
    count = status ? t('referrals.countWithStatus', { count: filtered.length, status: statusName }) : t('referrals.count', { count: filtered.length });
    if (overdue > 0) count += ` ${t('referrals.overdueCount', { count: overdue })}`;
  }

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{box === 'in' ? t('referrals.inboxLead') : t('referrals.outboxLead')}</p>
      <nav className="box-nav" aria-label={t('referrals.boxesLabel')}>
        <ul className="box-nav__list">
          <li>
            <NavLink end to={links.referrals('in')} className="box-nav__link">
              {t('referrals.inbox')}
            </NavLink>
          </li>
          <li>
            <NavLink to={links.referrals('out')} className="box-nav__link">
              {t('referrals.outbox')}
            </NavLink>
          </li>
        </ul>
      </nav>
      {notice && (
        <Notification key={notice.key} variant="success" focus>
          <p className="notification__heading">{notice.text}</p>
        </Notification>
      )}
      <StatusFilter key={`${box}-${status}`} box={box} status={status} />
      <p className="result-count" role="status">
        {count}
      </p>
      {all.length >= API_LIMIT && <p className="hint">{t('referrals.limit', { count: API_LIMIT })}</p>}
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {shown.length > 0 && (
        <ul className="list referral-list" aria-label={title}>
          {shown.map((referral) => (
            <ReferralItem key={referral.id} referral={referral} box={box} onDone={(text) => setNotice((current) => ({ key: (current?.key ?? 0) + 1, text }))} />
          ))}
        </ul>
      )}
      {query.data && shown.length === 0 && (
        <div className="empty-state">
          <p>{filtered.length > 0 ? t('referrals.emptyPage') : status ? t('referrals.emptyStatus') : box === 'in' ? t('referrals.emptyIn') : t('referrals.emptyOut')}</p>
        </div>
      )}
      {totalPages > 1 && (
        <Pagination
          page={page}
          totalPages={totalPages}
          searchFor={(next) => {
            const search = links.referrals(box, { status: status || undefined, page: next });
            return search.includes('?') ? search.slice(search.indexOf('?')) : '';
          }}
        />
      )}
    </>
  );
}
