import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '@/shared/api/ApiError';
import { useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Notification } from '@/shared/components/Notification';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { links } from '@/shared/routes/links';
import { useReferral } from '../api/getReferral';
import { ReferralItem } from '../components/ReferralItem';

/**
 * One referral, as the inbox or outbox shows it (where a notification about it leads): the
 * receiver sees only the minimum about the person until it accepts, and answers it here; the
 * sender may withdraw it. 404 (not sent to or by the caller's institution) says so.
 */
export function ReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const query = useReferral(id);
  const referral = query.data;
  const [notice, setNotice] = useState<{ key: number; text: string } | null>(null);
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  const box = referral && referral.to.id === me.data?.institution?.id ? 'in' : 'out';

  let heading: string;
  if (referral) heading = box === 'in' ? t('referralPage.titleFrom', { name: referral.from.name }) : t('referralPage.titleTo', { name: referral.to.name });
  else if (notFound) heading = t('referralPage.notFoundTitle');
  else if (query.isError) heading = t('errors.title');
  else heading = t('referralPage.loading');
  useDocumentTitle(heading);

  return (
    <>
      <Link className="back-link" to={links.referrals(box)}>
        {box === 'in' ? t('referralPage.backIn') : t('referralPage.backOut')}
      </Link>
      <PageHeading>{heading}</PageHeading>
      {query.isPending && (
        <p role="status" className="visually-hidden">
          {t('referralPage.loading')}
        </p>
      )}
      {notFound && <p>{t('referralPage.notFoundBody')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {notice && (
        <Notification key={notice.key} variant="success" focus>
          <p className="notification__heading">{notice.text}</p>
        </Notification>
      )}
      {referral && (
        <ul className="list referral-list" aria-label={heading}>
          <ReferralItem referral={referral} box={box} onDone={(text) => setNotice((current) => ({ key: (current?.key ?? 0) + 1, text }))} />
        </ul>
      )}
    </>
  );
}
