import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Notification } from '@/shared/components/Notification';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDateTime, isIsoDate } from '@/shared/format/dates';
import { DateField, SelectField } from '@/shared/forms/fields';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { useNotifications } from '../api/listNotifications';
import { useMarkAllNotificationsRead } from '../api/markAllNotificationsRead';
import { useMarkNotificationRead } from '../api/markNotificationRead';
import { EVENT_TYPES, linkTo, type EventType, type NotificationFilter, type NotificationItem } from '../model';

function readFilter(params: URLSearchParams): NotificationFilter {
  const type = params.get('type') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    unread: params.get('unread') === 'true',
    type: (EVENT_TYPES as readonly string[]).includes(type) ? (type as EventType) : '',
    from: isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
  };
}

function FilterForm({ filter }: { filter: NotificationFilter }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [unread, setUnread] = useState(filter.unread);
  const [type, setType] = useState<string>(filter.type);
  const [from, setFrom] = useState(filter.from);
  const [to, setTo] = useState(filter.to);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(links.notifications({ unread, type: type || undefined, from: from || undefined, to: to || undefined }));
  };
  return (
    <form className="notification-filter" onSubmit={submit} aria-label={t('notifications.filterLabel')}>
      <div className="choice">
        <input id="notification-unread" className="choice__input" type="checkbox" checked={unread} onChange={(event) => setUnread(event.target.checked)} />
        <label className="choice__label" htmlFor="notification-unread">
          {t('notifications.unreadOnly')}
        </label>
      </div>
      <SelectField
        id="notification-type"
        label={t('notifications.type')}
        value={type}
        onChange={setType}
        emptyLabel={t('notifications.allTypes')}
        options={EVENT_TYPES.map((option) => ({ value: option, label: t(`notificationType.${option}`) }))}
      />
      <DateField id="notification-from" label={t('notifications.from')} value={from} onChange={setFrom} />
      <DateField id="notification-to" label={t('notifications.to')} value={to} onChange={setTo} />
      <button type="submit" className="button button--secondary">
        {t('notifications.filter')}
      </button>
    </form>
  );
}

function NotificationRow({ item }: { item: NotificationItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const markRead = useMarkNotificationRead();
  return (
    <li className={`notification-item${item.read ? '' : ' notification-item--unread'}`}>
      <h2 className="heading-s notification-item__title">
        <Link to={linkTo(item.link)} onClick={() => !item.read && markRead.mutate(item.id)}>
          {item.title}
        </Link>
      </h2>
      <p className="notification-item__meta">
        {!item.read && (
          <>
            <Tag variant="blue">{t('notifications.new')}</Tag>{' '}
          </>
        )}
        <span>{formatDateTime(item.occurredAt, language)}</span>
        {' · '}
        <span>{t(`notificationType.${item.type}`)}</span>
      </p>
      {!item.read && (
        <button type="button" className="button button--secondary button--small" disabled={markRead.isPending} onClick={() => markRead.mutate(item.id)}>
          {t('notifications.markRead')}
          <span className="visually-hidden">: {item.title}</span>
        </button>
      )}
    </li>
  );
}

/**
 * The caller's notifications, newest first: filter (unread, type, days) and page kept in the URL;
 * each links to what it is about (opening it marks it read); mark one or all read. The texts come
 * from the API in the SPA's language and name no person.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const title = t('notifications.title');
  useDocumentTitle(title);
  const [params] = useSearchParams();
  const filter = readFilter(params);
  const query = useNotifications(filter);
  const markAll = useMarkAllNotificationsRead();
  const [notice, setNotice] = useState<{ key: number; text: string } | null>(null);
  const data = query.data;
  const loading = query.isPending || (query.isFetching && query.isPlaceholderData);
  const filtered = filter.unread || filter.type !== '' || filter.from !== '' || filter.to !== '';

  let count = '';
  if (loading) count = t('notifications.loading');
  else if (data) count = `${t('notifications.count', { count: data.totalItems })} ${t('notifications.unreadTotal', { count: data.unread })}`;

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('notifications.lead')}</p>
      <p>
        <Link to={links.notificationPreferences()}>{t('notifications.preferencesLink')}</Link>
      </p>
      {notice && (
        <Notification key={notice.key} variant="success" focus>
          <p className="notification__heading">{notice.text}</p>
        </Notification>
      )}
      <FilterForm key={params.toString()} filter={filter} />
      <p className="result-count" role="status">
        {count}
      </p>
      {markAll.isError && <ApiErrorMessage error={markAll.error} />}
      {data && data.unread > 0 && (
        <button
          type="button"
          className="button button--secondary"
          disabled={markAll.isPending}
          onClick={() =>
            markAll.mutate(undefined, {
              onSuccess: (result) => setNotice((current) => ({ key: (current?.key ?? 0) + 1, text: t('notifications.markedAll', { count: result.marked }) })),
            })
          }
        >
          {markAll.isPending ? t('common.saving') : t('notifications.markAllRead')}
        </button>
      )}
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {data && data.items.length > 0 && (
        <ul className="list notification-list" aria-label={title} aria-busy={loading}>
          {data.items.map((item) => (
            <NotificationRow key={item.id} item={item} />
          ))}
        </ul>
      )}
      {data && !loading && data.items.length === 0 && (
        <div className="empty-state">
          <p>{data.totalItems > 0 ? t('notifications.emptyPage') : filtered ? t('notifications.emptyFiltered') : t('notifications.empty')}</p>
        </div>
      )}
      {data && data.totalPages > 1 && (
        <Pagination
          page={filter.page + 1}
          totalPages={data.totalPages}
          searchFor={(next) => {
            const search = links.notifications({ ...filter, type: filter.type || undefined, from: filter.from || undefined, to: filter.to || undefined, page: next });
            return search.includes('?') ? search.slice(search.indexOf('?')) : '';
          }}
        />
      )}
    </>
  );
}
