import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag } from '@/shared/components/Tag';
import { WarningText } from '@/shared/components/WarningText';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate, todayIso } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { isInstitutionType, useLabels } from '@/shared/i18n/labels';
import { useService, type Service } from '../api/getService';
import { Localized } from '../components/Localized';
import { validityOn } from '../components/RegimeTag';
import { WhoOffers } from '../components/WhoOffers';

function has(value: number | null | undefined): value is number {
  return value !== null && value !== undefined;
}

/** A number of days as people count them: months when it divides (90 → 3 months). */
function useDuration() {
  const { t } = useTranslation();
  return (days: number): string =>
    days % 30 === 0 && days >= 30 ? t('catalogue.duration.months', { count: days / 30 }) : t('catalogue.duration.days', { count: days });
}

/** The legal act of the entry, and a clear notice when it is no longer (or not yet) in force. */
function LegalRegimeSection({ service, today }: { service: Service; today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useLabels();
  const regime = service.legalRegime;
  const regimeValidity = regime ? validityOn(regime.validFrom, regime.validTo, today) : 'current';
  const rulesValidity = validityOn(service.validFrom, service.validTo, today);
  const current = service.otherVersions.filter((other) => validityOn(other.validFrom, other.validTo, today) === 'current');

  let notice: ReactNode = null;
  if (service.historical) {
    notice = <WarningText>{t('catalogue.notice.historical')}</WarningText>;
  } else if (regime && regimeValidity === 'repealed') {
    notice = (
      <WarningText>
        {t('catalogue.notice.repealedAct', { act: labels.name(regime), date: formatDate(regime.validTo, language) })}
      </WarningText>
    );
  } else if (rulesValidity === 'repealed') {
    notice = <WarningText>{t('catalogue.notice.rulesEnded', { date: formatDate(service.validTo, language) })}</WarningText>;
  } else if (rulesValidity === 'upcoming' || regimeValidity === 'upcoming') {
    notice = (
      <WarningText>
        {t('catalogue.notice.upcoming', { date: formatDate(service.validFrom ?? regime?.validFrom, language) })}
      </WarningText>
    );
  }

  return (
    <section className="section" aria-labelledby="service-law">
      <h2 id="service-law" className="heading-m">
        {t('catalogue.section.law')}
      </h2>
      {notice && <div className={`regime-notice regime-notice--${regimeValidity === 'repealed' || service.historical ? 'ended' : 'info'}`}>{notice}
        {regimeValidity === 'repealed' && <p>{t('catalogue.notice.transition')}</p>}
        {current.length > 0 && (
          <p>
            {t('catalogue.notice.currentVersion')}{' '}
            {current.map((other, index) => (
              <span key={other.code}>
                {index > 0 && ', '}
                <Link to={links.service(other.code)}>{labels.name(other)}</Link>
                {other.legalRegime && ` (${labels.name(other.legalRegime)})`}
              </span>
            ))}
          </p>
        )}
      </div>}
      <SummaryList>
        <SummaryRow term={t('catalogue.legalRegime')}>
          {regime && (
            <>
              {labels.name(regime)}{' '}
              {regimeValidity === 'repealed' ? (
                <Tag variant="grey">{t('catalogue.validity.repealed')}</Tag>
              ) : regimeValidity === 'upcoming' ? (
                <Tag variant="yellow">{t('catalogue.validity.upcoming')}</Tag>
              ) : (
                <Tag variant="green">{t('catalogue.validity.inForce')}</Tag>
              )}
              {regime.actPl && (
                <>
                  <br />
                  <span className="secondary-text" lang="pl">
                    {regime.actPl}
                  </span>
                </>
              )}
            </>
          )}
        </SummaryRow>
        <SummaryRow term={t('catalogue.regimeValidity')}>
          {regime && (regime.validFrom || regime.validTo) && (
            <>
              {regime.validFrom ? t('catalogue.validity.fromDate', { date: formatDate(regime.validFrom, language) }) : ''}
              {regime.validFrom && regime.validTo ? ' ' : ''}
              {regime.validTo ? t('catalogue.validity.toDate', { date: formatDate(regime.validTo, language) }) : ''}
            </>
          )}
        </SummaryRow>
        <SummaryRow term={t('catalogue.rulesValidity')}>
          {(service.validFrom || service.validTo) && (
            <>
              {service.validFrom ? t('catalogue.validity.fromDate', { date: formatDate(service.validFrom, language) }) : ''}
              {service.validFrom && service.validTo ? ' ' : ''}
              {service.validTo ? t('catalogue.validity.toDate', { date: formatDate(service.validTo, language) }) : ''}
            </>
          )}
        </SummaryRow>
        <SummaryRow term={t('catalogue.legalBasis')}>
          {service.legalBasisPl && <span lang="pl">{service.legalBasisPl}</span>}
        </SummaryRow>
      </SummaryList>
      {service.otherVersions.length > 0 && (
        <>
          <h3 className="heading-s">{t('catalogue.otherVersions')}</h3>
          <ul className="list list--bullet">
            {service.otherVersions.map((other) => (
              <li key={other.code}>
                <Link to={links.service(other.code)}>{labels.name(other)}</Link>
                {other.legalRegime && ` – ${labels.name(other.legalRegime)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ServicePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const duration = useDuration();
  const durationText = (entry: Service): string => {
    const { durationMinDays: min, durationMaxDays: max } = entry;
    if (has(min) && has(max)) return t('catalogue.duration.range', { min: duration(min), max: duration(max) });
    if (has(max)) return t('catalogue.duration.max', { max: duration(max) });
    if (has(min)) return t('catalogue.duration.min', { min: duration(min) });
    return '';
  };
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const query = useService(code);
  const service = query.data;
  const notFound = isApiError(query.error, 404);
  const today = todayIso();
  const heading = service ? labels.name(service) : notFound ? t('catalogue.notFoundTitle') : query.isError ? t('errors.title') : t('catalogue.loadingService');
  useDocumentTitle(heading);

  return (
    <>
      <Link className="back-link" to={links.services()}>
        {t('catalogue.back')}
      </Link>
      {service && <p className="caption">{t('catalogue.caption')}</p>}
      <PageHeading>{heading}</PageHeading>
      {query.isPending && (
        <p role="status" className="visually-hidden">
          {t('catalogue.loadingService')}
        </p>
      )}
      {notFound && <p>{t('catalogue.notFoundBody')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {service && (
        <>
          {service.historical && <Tag variant="grey">{t('catalogue.historical')}</Tag>}
          <p className="lead lead--s">
            <Localized pl={service.descriptionPl} en={service.descriptionEn} />
          </p>

          <section className="section" aria-labelledby="service-who">
            <h2 id="service-who" className="heading-m">
              {t('catalogue.section.who')}
            </h2>
            <SummaryList>
              <SummaryRow term={t('catalogue.providers')}>
                {service.providerTypes.length > 0 && (
                  <ul className="list">
                    {service.providerTypes.filter(isInstitutionType).map((type) => (
                      <li key={type}>
                        <Link to={links.institutionType(type)}>{labels.institutionType(type)}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </SummaryRow>
              <SummaryRow term={t('catalogue.targetGroups')}>
                {service.targetGroups.length > 0 && (
                  <ul className="list list--bullet">
                    {service.targetGroups.map((group) => (
                      <li key={group.code}>{labels.name(group)}</li>
                    ))}
                  </ul>
                )}
              </SummaryRow>
              <SummaryRow term={t('catalogue.eligibility')}>
                {service.eligibility.length > 0 && (
                  <ul className="list list--bullet">
                    {service.eligibility.map((rule) => (
                      <li key={`${rule.criterion}-${rule.value ?? ''}`}>
                        {labels.name(rule)}
                        {rule.value && (
                          <>
                            : <strong>{rule.value}</strong>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </SummaryRow>
            </SummaryList>
          </section>

          <section className="section" aria-labelledby="service-terms">
            <h2 id="service-terms" className="heading-m">
              {t('catalogue.section.terms')}
            </h2>
            <SummaryList>
              <SummaryRow term={t('catalogue.duration.label')}>{durationText(service)}</SummaryRow>
              <SummaryRow term={t('catalogue.duration.extension')}>
                {has(service.extensionMaxDays) && t('catalogue.duration.max', { max: duration(service.extensionMaxDays) })}
              </SummaryRow>
              <SummaryRow term={t('catalogue.benefit')}>
                <Localized pl={service.benefitPl} en={service.benefitEn} />
              </SummaryRow>
            </SummaryList>
          </section>

          <LegalRegimeSection service={service} today={today} />

          <WhoOffers
            serviceCode={service.code}
            serviceName={labels.name(service)}
            teryt={params.get('teryt') ?? ''}
            asked={params.has('teryt')}
          />

          {service.source && (
            <p className="hint">
              {t('catalogue.source')} <span lang="pl">{service.source}</span>
            </p>
          )}
        </>
      )}
    </>
  );
}
