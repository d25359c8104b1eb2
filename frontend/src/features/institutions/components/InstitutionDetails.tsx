import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links } from '@/shared/routes/links';
import { NotProvided, SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag } from '@/shared/components/Tag';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { isCooperativeProfile, isOfficialStatusState, useLabels } from '@/shared/i18n/labels';
import type { Institution } from '../api/getInstitution';
import { stateVariant } from './InstitutionTags';

/** Free text kept as typed: paragraphs and line breaks of the source survive. */
function MultilineText({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return <span className="multiline">{text}</span>;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id} className="heading-m">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Everything the directory knows about an institution, in sections with headings. */
export function InstitutionDetails({ institution }: { institution: Institution }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useLabels();
  const { gmina, address, contacts, identifiers, officialStatus } = institution;
  const cityLine = [address.postalCode, address.city].filter(Boolean).join(' ');
  const state = isOfficialStatusState(institution.officialStatusState) ? institution.officialStatusState : undefined;

  return (
    <>
      <Section id="section-basic" title={t('institution.section.basic')}>
        <SummaryList>
          <SummaryRow term={t('institution.type')}>
            <Link to={links.institutionType(institution.type)}>{labels.institutionType(institution.type)}</Link>
          </SummaryRow>
          <SummaryRow term={t('institution.stakeholderRole')}>{labels.stakeholderRole(institution.stakeholderRole)}</SummaryRow>
          {institution.type === 'SPOLDZIELNIA' && (
            <SummaryRow term={t('institution.cooperativeProfile')}>
              {isCooperativeProfile(institution.cooperativeProfile) && labels.cooperativeProfile(institution.cooperativeProfile)}
            </SummaryRow>
          )}
          <SummaryRow term={t('institution.legalForm')} hideWhenEmpty>{institution.legalForm}</SummaryRow>
          <SummaryRow term={t('institution.legalBasis')} hideWhenEmpty>
            {institution.legalBasis && <MultilineText text={institution.legalBasis} />}
          </SummaryRow>
          <SummaryRow term={t('institution.statutoryTasks')} hideWhenEmpty>
            {institution.statutoryTasks && <MultilineText text={institution.statutoryTasks} />}
          </SummaryRow>
          <SummaryRow term={t('institution.operator')} hideWhenEmpty>
            {institution.operator ? (
              <Link to={links.institution(institution.operator.id)}>{institution.operator.name}</Link>
            ) : (
              institution.operatorName
            )}
          </SummaryRow>
          {institution.operates.length > 0 && (
            <SummaryRow term={t('institution.operates')}>
              <ul className="list">
                {institution.operates.map((operated) => (
                  <li key={operated.id}>
                    <Link to={links.institution(operated.id)}>{operated.name}</Link> ({labels.institutionType(operated.type)})
                  </li>
                ))}
              </ul>
            </SummaryRow>
          )}
        </SummaryList>
      </Section>

      <Section id="section-location" title={t('institution.section.location')}>
        <SummaryList>
          <SummaryRow term={t('institution.address')}>
            {(address.street || cityLine) && (
              <>
                {address.street}
                {address.street && cityLine && <br />}
                {cityLine}
              </>
            )}
          </SummaryRow>
          <SummaryRow term={t('institution.gmina')}>
            {gmina.name} (<span lang="pl">{gmina.type}</span>)
          </SummaryRow>
          <SummaryRow term={t('institution.powiat')}>{gmina.powiatName}</SummaryRow>
          <SummaryRow term={t('institution.voivodeship')}>{gmina.voivodeshipName}</SummaryRow>
          <SummaryRow term={t('institution.teryt')}>
            <span className="code">{gmina.teryt}</span>
          </SummaryRow>
        </SummaryList>
      </Section>

      <Section id="section-contact" title={t('institution.section.contact')}>
        <SummaryList>
          <SummaryRow term={t('institution.phone')}>
            {contacts.phone && <a href={`tel:${contacts.phone.replace(/[^+\d]/g, '')}`}>{contacts.phone}</a>}
          </SummaryRow>
          <SummaryRow term={t('institution.email')}>
            {contacts.email && <a href={`mailto:${contacts.email}`}>{contacts.email}</a>}
          </SummaryRow>
          <SummaryRow term={t('institution.website')} hideWhenEmpty>
            {contacts.website && /^https?:\/\//.test(contacts.website) ? (
              <a href={contacts.website} rel="noopener noreferrer" target="_blank">
                {contacts.website}{' '}
                <span className="visually-hidden">{t('common.opensInNewTab')}</span>
              </a>
            ) : (
              contacts.website
            )}
          </SummaryRow>
        </SummaryList>
      </Section>

      <Section id="section-identifiers" title={t('institution.section.identifiers')}>
        {!identifiers.krs && !identifiers.regon && !identifiers.nip && !identifiers.registerEntry && !institution.externalId && (
          <p>
            <NotProvided />
          </p>
        )}
        <SummaryList>
          <SummaryRow term={t('institution.krs')} hideWhenEmpty>{identifiers.krs && <span className="code">{identifiers.krs}</span>}</SummaryRow>
          <SummaryRow term={t('institution.regon')} hideWhenEmpty>
            {identifiers.regon && <span className="code">{identifiers.regon}</span>}
          </SummaryRow>
          <SummaryRow term={t('institution.nip')} hideWhenEmpty>{identifiers.nip && <span className="code">{identifiers.nip}</span>}</SummaryRow>
          <SummaryRow term={t('institution.registerEntry')} hideWhenEmpty>{identifiers.registerEntry}</SummaryRow>
          {institution.externalId && (
            <SummaryRow term={t('institution.externalId')}>
              <span className="code">{institution.externalId}</span>
            </SummaryRow>
          )}
        </SummaryList>
      </Section>

      <Section id="section-status" title={t('institution.section.officialStatus')}>
        {officialStatus ? (
          <SummaryList>
            <SummaryRow term={t('institution.statusKind')}>{labels.officialStatusKind(officialStatus.kind)}</SummaryRow>
            <SummaryRow term={t('institution.statusState')}>
              {state && <Tag variant={stateVariant(state)}>{labels.officialStatusState(state)}</Tag>}
            </SummaryRow>
            <SummaryRow term={t('institution.statusGrantedBy')}>{officialStatus.grantedBy}</SummaryRow>
            <SummaryRow term={t('institution.statusValidFrom')}>{formatDate(officialStatus.validFrom, language)}</SummaryRow>
            <SummaryRow term={t('institution.statusValidTo')}>
              {officialStatus.validTo ? formatDate(officialStatus.validTo, language) : t('institution.statusNoEnd')}
            </SummaryRow>
          </SummaryList>
        ) : (
          <p>{t('institution.noOfficialStatus')}</p>
        )}
      </Section>

      <Section id="section-cooperation" title={t('institution.section.cooperation')}>
        <SummaryList>
          <SummaryRow term={t('institution.places')}>{institution.places ?? undefined}</SummaryRow>
          <SummaryRow term={t('institution.cooperationAreas')}>
            {institution.cooperationAreas.length > 0 && (
              <ul className="list list--bullet">
                {institution.cooperationAreas.map((area, index) => (
                  <li key={`${index}-${area}`}>{area}</li>
                ))}
              </ul>
            )}
          </SummaryRow>
        </SummaryList>
      </Section>
    </>
  );
}
