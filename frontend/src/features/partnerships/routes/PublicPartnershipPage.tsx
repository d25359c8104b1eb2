import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { usePublicPartnership } from '../api/getPublicPartnership';
import { usePartnershipLabels } from '../components/labels';
import { VersionText } from '../components/VersionText';
import { PublicSignatories } from './PublicPartnershipsPage';

/** An active partnership as the public sees it: the signed text and the signatories. */
export function PublicPartnershipPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = usePartnershipLabels();
  const { id = '' } = useParams();
  const query = usePublicPartnership(id);
  const partnership = query.data;
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  const heading = partnership ? partnership.title : notFound ? t('partnerships.public.notFoundTitle') : query.isError ? t('errors.title') : t('partnerships.loading');
  useDocumentTitle(heading);

  return (
    <>
      <Link className="back-link" to={links.publicPartnerships()}>
        {t('partnerships.public.back')}
      </Link>
      {partnership && <p className="caption">{labels.kind(partnership.kind)}</p>}
      <PageHeading>{heading}</PageHeading>
      {notFound && <p>{t('partnerships.public.notFoundBody')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {partnership && (
        <>
          <SummaryList>
            <SummaryRow term={t('partnerships.details.gmina')}>
              {t('partnerships.public.where', { gmina: partnership.gmina.name, powiat: partnership.gmina.powiatName, voivodeship: partnership.gmina.voivodeshipName })}
            </SummaryRow>
            <SummaryRow term={t('partnerships.details.activatedAt')}>{formatDate(partnership.activatedAt.slice(0, 10), language)}</SummaryRow>
            <SummaryRow term={t('partnerships.details.goals')}>
              <span className="multiline">{partnership.goals}</span>
            </SummaryRow>
            <SummaryRow term={t('partnerships.details.legalCharacter')}>
              <span className="multiline">{partnership.legalCharacter}</span>
            </SummaryRow>
          </SummaryList>
          <section aria-labelledby="public-signatories-heading" className="section">
            <h2 id="public-signatories-heading" className="heading-m">
              {t('partnerships.public.signatories', { count: partnership.signatories.length })}
            </h2>
            <PublicSignatories partnership={partnership} />
          </section>
          {partnership.signedText && (
            <section aria-labelledby="public-text-heading" className="section">
              <h2 id="public-text-heading" className="heading-m">
                {t('partnerships.public.signedText', { number: partnership.signedText.number })}
              </h2>
              <VersionText version={partnership.signedText} />
            </section>
          )}
        </>
      )}
    </>
  );
}
