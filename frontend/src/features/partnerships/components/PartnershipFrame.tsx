import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { links } from '@/shared/routes/links';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { usePartnership } from '../api/getPartnership';
import type { Partnership } from '../model';
import { usePartnershipLabels } from './labels';
import { PartnershipStatusTag } from './StatusTags';

export type PartnershipSection = 'overview' | 'text' | 'stakeholders' | 'zsl' | 'variants';

/** The parts of a partnership, each its own page. */
export function PartnershipNav({ id }: { id: string }) {
  const { t } = useTranslation();
  const items: { to: string; label: string; end?: boolean }[] = [
    { to: links.partnership(id), label: t('partnerships.nav.overview'), end: true },
    { to: links.partnershipText(id), label: t('partnerships.nav.text') },
    { to: links.partnershipStakeholders(id), label: t('partnerships.nav.stakeholders') },
    { to: links.partnershipZsl(id), label: t('partnerships.nav.zsl') },
    { to: links.partnershipVariants(id), label: t('partnerships.nav.variants') },
  ];
  return (
    <nav className="sub-nav" aria-label={t('partnerships.nav.label')}>
      <ul className="sub-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className="sub-nav__link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface PartnershipFrameProps {
  id: string;
  /** the page's heading; without it the partnership's title */
  heading?: string;
  children: (partnership: Partnership) => ReactNode;
}

/**
 * Every page of one partnership: back link, caption, heading, status and the navigation between
 * its parts; "not found" and load errors in one place.
 */
export function PartnershipFrame({ id, heading, children }: PartnershipFrameProps) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const query = usePartnership(id);
  const partnership = query.data;
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  let title: string;
  if (partnership) title = heading ?? partnership.title;
  else if (notFound) title = t('partnerships.notFoundTitle');
  else if (query.isError) title = t('errors.title');
  else title = t('partnerships.loading');
  useDocumentTitle(partnership && heading ? `${heading}: ${partnership.title}` : title);

  return (
    <>
      <Link className="back-link" to={links.partnerships()}>
        {t('partnerships.backToList')}
      </Link>
      {partnership && (
        <p className="caption">
          {heading ? partnership.title : `${labels.kind(partnership.kind)} · ${t('partnerships.gminaCaption', { name: partnership.gmina.name })}`}
        </p>
      )}
      <PageHeading>{title}</PageHeading>
      {query.isPending && (
        <p role="status" className="visually-hidden">
          {t('partnerships.loading')}
        </p>
      )}
      {notFound && <p>{t('partnerships.notFoundBody')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {partnership && (
        <>
          {/* the overview has a status section of its own */}
          {heading && (
            <p className="partnership-status-line">
              {t('partnerships.currentStatus')} <PartnershipStatusTag status={partnership.status} />
            </p>
          )}
          <PartnershipNav id={id} />
          {children(partnership)}
        </>
      )}
    </>
  );
}
