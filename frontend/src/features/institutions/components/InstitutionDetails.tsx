import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '@/shared/i18n/labels';
import type { Institution } from '../api/getInstitution';

function SummaryRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{term}</dt>
      <dd className="summary-list__value">{children}</dd>
    </div>
  );
}

export function InstitutionDetails({ institution }: { institution: Institution }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { gmina, address } = institution;
  const cityLine = [address.postalCode, address.city].filter(Boolean).join(' ');
  const hasAddress = Boolean(address.street || cityLine);

  return (
    <>
      <dl className="summary-list">
        <SummaryRow term={t('institution.type')}>{labels.institutionType(institution.type)}</SummaryRow>
        <SummaryRow term={t('institution.address')}>
          {hasAddress ? (
            <>
              {address.street && (
                <>
                  {address.street}
                  <br />
                </>
              )}
              {cityLine}
            </>
          ) : (
            t('institution.noAddress')
          )}
        </SummaryRow>
      </dl>
      <h2 className="heading-m">{t('institution.locationHeading')}</h2>
      <dl className="summary-list">
        <SummaryRow term={t('institution.gmina')}>{gmina.name}</SummaryRow>
        <SummaryRow term={t('institution.gminaType')}>
          {/* a value from the official TERYT register, always in Polish */}
          <span lang="pl">{gmina.type}</span>
        </SummaryRow>
        <SummaryRow term={t('institution.powiat')}>{gmina.powiatName}</SummaryRow>
        <SummaryRow term={t('institution.voivodeship')}>{gmina.voivodeshipName}</SummaryRow>
        <SummaryRow term={t('institution.teryt')}>
          <span className="code">{gmina.teryt}</span>
        </SummaryRow>
      </dl>
    </>
  );
}
