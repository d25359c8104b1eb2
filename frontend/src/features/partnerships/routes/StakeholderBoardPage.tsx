import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Notification } from '@/shared/components/Notification';
import { Pagination } from '@/shared/components/Pagination';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag } from '@/shared/components/Tag';
import { SelectField } from '@/shared/forms/fields';
import { useStakeholders } from '../api/listStakeholders';
import { usePartnershipLabels } from '../components/labels';
import { PartnershipFrame } from '../components/PartnershipFrame';
import {
  isScenarioOutcome,
  isStakeholderCode,
  isStakeholderSector,
  STAKEHOLDER_CODES,
  STAKEHOLDER_SECTORS,
  type Partnership,
  type Stakeholder,
  type StakeholderCode,
  type StakeholderSector,
} from '../model';

/** The board's filters as read from the URL: every value valid. */
interface StakeholderSearch {
  code: StakeholderCode | '';
  sector: StakeholderSector | '';
  /** 1-based */
  page: number;
}

function readStakeholderSearch(params: URLSearchParams): StakeholderSearch {
  const code = params.get('code');
  const sector = params.get('sector');
  const page = params.get('page') ?? '';
  return {
    code: isStakeholderCode(code) ? code : '',
    sector: isStakeholderSector(sector) ? sector : '',
    page: /^\d+$/.test(page) && Number(page) >= 1 ? Number(page) : 1,
  };
}

function boardLink(id: string, search: StakeholderSearch): string {
  return links.partnershipStakeholders(id, { code: search.code || undefined, sector: search.sector || undefined, page: search.page });
}

function StakeholderFilters({ id, search }: { id: string; search: StakeholderSearch }) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const navigate = useNavigate();
  const [values, setValues] = useState({ code: search.code, sector: search.sector });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(boardLink(id, { ...values, page: 1 }));
  };
  return (
    <form className="form search-form" onSubmit={submit} aria-labelledby="stakeholder-filters-heading" noValidate>
      <h3 id="stakeholder-filters-heading" className="heading-s">
        {t('partnerships.stakeholders.filtersHeading')}
      </h3>
      <SelectField
        id="stakeholder-code"
        label={t('partnerships.stakeholders.filterCode')}
        value={values.code}
        emptyLabel={t('partnerships.stakeholders.anyCode')}
        options={STAKEHOLDER_CODES.map((code) => ({ value: code, label: t(`partnerships.stakeholders.group.${code}`) }))}
        onChange={(value) => setValues((current) => ({ ...current, code: isStakeholderCode(value) ? value : '' }))}
      />
      <SelectField
        id="stakeholder-sector"
        label={t('partnerships.stakeholders.filterSector')}
        value={values.sector}
        emptyLabel={t('partnerships.stakeholders.anySector')}
        options={STAKEHOLDER_SECTORS.map((sector) => ({ value: sector, label: labels.sector(sector) }))}
        onChange={(value) => setValues((current) => ({ ...current, sector: isStakeholderSector(value) ? value : '' }))}
      />
      <button type="submit" className="button">
        {t('partnerships.stakeholders.apply')}
      </button>
    </form>
  );
}

function StakeholderCard({ stakeholder, partnership }: { stakeholder: Stakeholder; partnership: Partnership }) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const scenario = stakeholder.influenceScenario;
  return (
    <li className="card stakeholder">
      <h5 className="card__title">
        {stakeholder.name}{' '}
        {stakeholder.outsideGmina && <Tag variant="grey">{t('partnerships.stakeholders.outsideGmina')}</Tag>}
      </h5>
      <SummaryList>
        <SummaryRow term={t('partnerships.stakeholders.usefulness')}>{stakeholder.usefulness}</SummaryRow>
        <SummaryRow term={t('partnerships.stakeholders.resources.technical')}>{stakeholder.resources.technical}</SummaryRow>
        <SummaryRow term={t('partnerships.stakeholders.resources.personnel')}>{stakeholder.resources.personnel}</SummaryRow>
        <SummaryRow term={t('partnerships.stakeholders.resources.financial')}>{stakeholder.resources.financial}</SummaryRow>
        {stakeholder.code === 'NEUTRAL' && (
          <SummaryRow term={t('partnerships.stakeholders.scenario')}>
            {scenario ? (
              <>
                <span className="multiline">{scenario.notes}</span>
                <div>
                  {t('partnerships.stakeholders.outcome')}: <strong>{labels.outcome(isScenarioOutcome(scenario.outcome) ? scenario.outcome : 'PENDING')}</strong>
                </div>
              </>
            ) : (
              <span className="secondary-text">{t('partnerships.stakeholders.noScenario')}</span>
            )}
          </SummaryRow>
        )}
      </SummaryList>
      {partnership.permissions.manage && (
        <Link to={links.stakeholderEdit(partnership.id, stakeholder.id)} className="card__action">
          {t('partnerships.stakeholders.edit')}
          <span className="visually-hidden">: {stakeholder.name}</span>
        </Link>
      )}
    </li>
  );
}

function CodeGroup({ code, items, partnership }: { code: StakeholderCode; items: Stakeholder[]; partnership: Partnership }) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const headingId = `stakeholders-${code.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className={`section stakeholder-group stakeholder-group--${code.toLowerCase()}`}>
      <h3 id={headingId} className="heading-m">
        {t(`partnerships.stakeholders.group.${code}`)} <span className="secondary-text">({t('partnerships.stakeholders.entries', { count: items.length })})</span>
      </h3>
      <p className="hint">{t(`partnerships.stakeholders.groupHint.${code}`)}</p>
      {items.length === 0 && <p>{t('partnerships.stakeholders.groupEmpty')}</p>}
      {STAKEHOLDER_SECTORS.filter((sector) => items.some((item) => item.sector === sector)).map((sector) => {
        const inSector = items.filter((item) => item.sector === sector);
        return (
          <div key={sector} className="stakeholder-sector">
            <h4 className="heading-s">
              {labels.sector(sector)} <span className="secondary-text">({inSector.length})</span>
            </h4>
            <ul className="card-list">
              {inSector.map((stakeholder) => (
                <StakeholderCard key={stakeholder.id} stakeholder={stakeholder} partnership={partnership} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function Board({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [params] = useSearchParams();
  const search = readStakeholderSearch(params);
  const { page } = search;
  const filtered = search.code !== '' || search.sector !== '';
  const query = useStakeholders(partnership.id, { code: search.code || undefined, sector: search.sector || undefined, page: page - 1 });
  const items = query.data?.items ?? [];
  const saved = (location.state as { saved?: string } | null)?.saved;

  return (
    <>
      {saved && (
        <Notification variant="success" focus>
          <p>{saved}</p>
        </Notification>
      )}
      <p className="lead lead--s">{t('partnerships.stakeholders.lead')}</p>
      {partnership.permissions.manage && (
        <p>
          <Link className="button button--secondary" to={links.stakeholderNew(partnership.id)}>
            {t('partnerships.stakeholders.add')}
          </Link>
        </p>
      )}
      <h2 className="heading-m">{t('partnerships.stakeholders.catalogueHeading')}</h2>
      <StakeholderFilters key={`${search.code}|${search.sector}`} id={partnership.id} search={search} />
      {filtered && (
        <p>
          <Link to={boardLink(partnership.id, { code: '', sector: '', page: 1 })}>{t('partnerships.stakeholders.clearFilters')}</Link>
        </p>
      )}
      <p role="status" className="result-count">
        {query.isPending ? t('partnerships.loading') : query.data ? t('partnerships.stakeholders.count', { count: query.data.totalItems }) : ''}
      </p>
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && filtered && query.data.totalItems === 0 && <p>{t('partnerships.stakeholders.emptyFiltered')}</p>}
      {query.data &&
        STAKEHOLDER_CODES.filter((code) => search.code === '' || search.code === code).map((code) => (
          <CodeGroup key={code} code={code} items={items.filter((item) => item.code === code)} partnership={partnership} />
        ))}
      {query.data && query.data.totalPages > 1 && (
        <Pagination page={page} totalPages={query.data.totalPages} searchFor={(next) => boardLink(partnership.id, { ...search, page: next }).replace(/^[^?]*/, '') || '?'} />
      )}
    </>
  );
}

/** The Gminny Katalog Interesariuszy: Zwolennicy and Neutralni, each by sector. */
export function StakeholderBoardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <PartnershipFrame id={id} heading={t('partnerships.stakeholders.title')}>
      {(partnership) => <Board partnership={partnership} />}
    </PartnershipFrame>
  );
}
