import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { useLanguage } from '@/shared/i18n/i18n';
import { isStakeholderRole, useLabels } from '@/shared/i18n/labels';
import { useInstitutionType } from '../api/getInstitutionType';
import { CooperativeModels } from '../components/CooperativeModels';
import { Localized } from '../components/Localized';

/** A list that exists only in Polish in the catalogue, marked as Polish when the page is English. */
function PolishList({ items }: { items: string[] }) {
  const language = useLanguage();
  if (items.length === 0) return null;
  return (
    <ul className="list list--bullet" lang={language === 'en' ? 'pl' : undefined}>
      {items.map((item, index) => (
        <li key={`${index}-${item}`}>{item}</li>
      ))}
    </ul>
  );
}

export function InstitutionTypePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useLabels();
  const { code = '' } = useParams();
  const query = useInstitutionType(code);
  const type = query.data;
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  const heading = type ? labels.name(type) : notFound ? t('institutionTypes.notFoundTitle') : query.isError ? t('errors.title') : t('institutionTypes.loading');
  useDocumentTitle(heading);

  return (
    <>
      <Link className="back-link" to={links.institutionTypes()}>
        {t('institutionTypes.back')}
      </Link>
      {type && <p className="caption">{t('institutionTypes.caption')}</p>}
      <PageHeading>{heading}</PageHeading>
      {query.isPending && (
        <p role="status" className="visually-hidden">
          {t('institutionTypes.loading')}
        </p>
      )}
      {notFound && <p>{t('institutionTypes.notFoundBody')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {type && (
        <>
          <p className="lead lead--s">
            <Localized pl={type.descriptionPl} en={type.descriptionEn} />
          </p>
          <p>
            <Link className="button button--secondary" to={links.institutions({ type: [type.code] })}>
              {t('institutionTypes.findInstitutions', { name: labels.name(type) })}
            </Link>
          </p>
          {language === 'en' && <p className="hint">{t('institutionTypes.polishOnly')}</p>}
          <SummaryList>
            <SummaryRow term={t('institutionTypes.abbreviation')}>{type.abbreviationPl}</SummaryRow>
            <SummaryRow term={t('institutionTypes.role')}>
              {isStakeholderRole(type.stakeholderRole) && <Tag>{labels.stakeholderRole(type.stakeholderRole)}</Tag>}
            </SummaryRow>
            <SummaryRow term={t('institutionTypes.legalBasis')}>
              {type.legalBasisPl && <span lang="pl">{type.legalBasisPl}</span>}
            </SummaryRow>
            <SummaryRow term={t('institutionTypes.legalRegimes')}>
              {type.legalRegimes.length > 0 && (
                <ul className="list">
                  {type.legalRegimes.map((regime) => (
                    <li key={regime.code}>
                      <Link to={links.services({ regime: regime.code })}>{labels.name(regime)}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </SummaryRow>
            <SummaryRow term={t('institutionTypes.officialStatus')}>
              {type.officialStatusPl && <span lang="pl">{type.officialStatusPl}</span>}
            </SummaryRow>
          </SummaryList>

          <h2 className="heading-m">{t('institutionTypes.statutoryTasks')}</h2>
          {type.statutoryTasksPl.length > 0 ? <PolishList items={type.statutoryTasksPl} /> : <p>{t('common.notProvided')}</p>}
          <h2 className="heading-m">{t('institutionTypes.tools')}</h2>
          {type.toolsPl.length > 0 ? <PolishList items={type.toolsPl} /> : <p>{t('common.notProvided')}</p>}
          <h2 className="heading-m">{t('institutionTypes.cooperationAreas')}</h2>
          {type.cooperationAreasPl.length > 0 ? <PolishList items={type.cooperationAreasPl} /> : <p>{t('common.notProvided')}</p>}

          <h2 className="heading-m">{t('institutionTypes.services')}</h2>
          {type.services.length > 0 ? (
            <ul className="list list--bullet">
              {type.services.map((service) => (
                <li key={service.code}>
                  <Link to={links.service(service.code)}>{labels.name(service)}</Link>
                  {service.legalRegime && <span className="secondary-text"> – {labels.name(service.legalRegime)}</span>}
                  {service.historical && (
                    <>
                      {' '}
                      <Tag variant="grey">{t('catalogue.historical')}</Tag>
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('institutionTypes.noServices')}</p>
          )}
          <p>
            <Link to={links.services({ providerType: type.code })}>{t('institutionTypes.servicesInCatalogue')}</Link>
          </p>
          {type.code === 'SPOLDZIELNIA' && <CooperativeModels />}
        </>
      )}
    </>
  );
}
