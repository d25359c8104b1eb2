import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate, useSearchParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Notification } from '@/shared/components/Notification';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { SelectField } from '@/shared/forms/fields';
import { useReferrals } from '../api/listReferrals';
import { ReferralItem } from '../components/ReferralItem';
import { referralStatusLabel } from '../components/ReferralStatusTag';
import { REFERRAL_STATUSES, type ReferralBox, type ReferralStatus } from '../model';

const PAGE_SIZE = 10;

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
        options={REFERRAL_STATUSES.map((option) => ({ value: option, label: referralStatusLabel(t, option, box === 'in') }))}
      />
      <button type="submit" className="button button--secondary">
        {t('referrals.filter')}
      </button>
    </form>
  );
}

/**
 * The referral inbox (`in`: referrals to the caller's institution, which accepts, rejects with a
 * reason, or completes them) or outbox (`out`: sent by it, which it may withdraw). The status
 * filter and the page are kept in the URL and sent to the API, which filters and pages.
 */
export function ReferralsPage({ box }: { box: ReferralBox }) {
  const { t } = useTranslation();
  const title = box === 'in' ? t('referrals.inboxTitle') : t('referrals.outboxTitle');
  useDocumentTitle(title);
  const [params] = useSearchParams();
  const status = readStatus(params);
  const page = readPage(params);
  const query = useReferrals(box, { status, page: page - 1, size: PAGE_SIZE });
  const [notice, setNotice] = useState<{ key: number; text: string } | null>(null);

  const data = query.data;
  const shown = data?.items ?? [];
  const loading = query.isPending || (query.isFetching && query.isPlaceholderData);
  const statusName = status ? referralStatusLabel(t, status, box === 'in') : '';

  let count = '';
  if (loading) count = t('referrals.loading');
  else if (data) {
    count = status ? t('referrals.countWithStatus', { count: data.totalItems, status: statusName }) : t('referrals.count', { count: data.totalItems });
    if (data.overdueItems > 0) count += ` ${t('referrals.overdueCount', { count: data.overdueItems })}`;
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
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {shown.length > 0 && (
        <ul className="list referral-list" aria-label={title} aria-busy={loading}>
          {shown.map((referral) => (
            <ReferralItem key={referral.id} referral={referral} box={box} onDone={(text) => setNotice((current) => ({ key: (current?.key ?? 0) + 1, text }))} />
          ))}
        </ul>
      )}
      {data && !loading && shown.length === 0 && (
        <div className="empty-state">
          <p>{data.totalItems > 0 ? t('referrals.emptyPage') : status ? t('referrals.emptyStatus') : box === 'in' ? t('referrals.emptyIn') : t('referrals.emptyOut')}</p>
        </div>
      )}
      {data && data.totalPages > 1 && (
        <Pagination
          page={page}
          totalPages={data.totalPages}
          searchFor={(next) => {
            const search = links.referrals(box, { status: status || undefined, page: next });
            return search.includes('?') ? search.slice(search.indexOf('?')) : '';
          }}
        />
      )}
    </>
  );
}
