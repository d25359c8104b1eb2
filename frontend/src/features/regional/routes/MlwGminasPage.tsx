import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { saveFile } from '@/shared/api/download';
import type { Me } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { ErrorMessage } from '@/shared/forms/fields';
import { csvDialect, csvFile, csvNumber, csvText } from '@/shared/format/csv';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { useFetchAllMlwGminas } from '../api/fetchAllMlwGminas';
import type { MlwGmina } from '../api/getGminaProfile';
import { MLW_PAGE_SIZE, useMlwGminas, type MlwStage } from '../api/listMlwGminas';
import { homeVoivodeship, RegionalAccess } from '../components/RegionalAccess';
import { RegionalNav } from '../components/RegionalNav';
import '../regional.css';

const STAGES: MlwStage[] = ['DRAFT', 'CONSULTATION', 'ACTIVE', 'DISSOLVED'];

function isStage(value: string | null): value is MlwStage {
  return value !== null && (STAGES as string[]).includes(value);
}

/** The MLW gminas of the voivodeship: filters (stage, powiat) in the URL, paging by the API, CSV of every gmina of the filter. */
export function MlwGminasPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('regional.mlw.title'));
  return (
    <>
      <PageHeading>{t('regional.mlw.title')}</PageHeading>
      <RegionalNav />
      <RegionalAccess>{(me) => <MlwGminas me={me} />}</RegionalAccess>
    </>
  );
}

function MlwGminas({ me }: { me: Me }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const stage = isStage(params.get('stage')) ? (params.get('stage') as MlwStage) : undefined;
  const rawUnit = params.get('unit');
  const powiat = rawUnit && /^\d{4}$/.test(rawUnit) ? rawUnit : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const unit = powiat ?? (me.institution ? undefined : homeVoivodeship(me));
  const query = useMlwGminas({ unit, stage, page: page - 1, size: MLW_PAGE_SIZE });
  const fetchAll = useFetchAllMlwGminas();

  const [draftStage, setDraftStage] = useState<string>(stage ?? '');
  const [draftPowiat, setDraftPowiat] = useState(powiat ?? '');
  const [error, setError] = useState<string>();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (draftPowiat && !/^\d{4}$/.test(draftPowiat.trim())) return setError(t('regional.mlw.powiatError'));
    setError(undefined);
    void navigate(links.regionalMlw({ stage: draftStage || undefined, unit: draftPowiat.trim() || undefined }));
  };

  const download = () => {
    fetchAll.mutate(
      { unit, stage },
      {
        onSuccess: (all) => {
          const dialect = csvDialect(language);
          const headers = [t('regional.mlw.gmina'), 'TERYT', t('regional.mlw.powiatColumn'), t('regional.mlw.stageColumn'), t('regional.mlw.since'), t('regional.mlw.stakeholders'), t('regional.mlw.zslMembers'), t('regional.mlw.variant'), t('regional.mlw.signatories')];
          const body = all.items.map((g) => [
            csvText(g.name, dialect),
            csvText(g.teryt, dialect),
            csvText(g.powiatName, dialect),
            csvText(t(`regional.stage.${g.stage}`), dialect),
            csvText(g.stageSince ?? '', dialect),
            csvNumber(g.stakeholders, 0, dialect),
            csvNumber(g.zslMembers, 0, dialect),
            csvText(g.variantCode ?? '', dialect),
            csvNumber(g.signatories, 0, dialect),
          ]);
          saveFile(new Blob([csvFile(headers, body, dialect)], { type: 'text/csv;charset=utf-8' }), 'gminy-mlw.csv');
        },
      },
    );
  };

  const rows = useMemo(() => query.data?.items ?? [], [query.data]);
  const searchFor = (next: number) => links.regionalMlw({ stage, unit: powiat, page: next }).replace(/^[^?]*/, '') || '?';

  return (
    <>
      <p className="lead lead--s">{t('regional.mlw.lead')}</p>
      <form className="regional-choices" onSubmit={apply} noValidate aria-label={t('regional.mlw.filters')}>
        <ErrorSummary items={error ? [{ targetId: 'mlw-powiat', text: error }] : []} />
        <div className="regional-choices__row">
          <div className="form-group">
            <label className="label" htmlFor="mlw-stage">
              {t('regional.mlw.stage')}
            </label>
            <select id="mlw-stage" className="select" value={draftStage} onChange={(event) => setDraftStage(event.target.value)}>
              <option value="">{t('regional.mlw.anyStage')}</option>
              {STAGES.map((option) => (
                <option key={option} value={option}>
                  {t(`regional.stage.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className={`form-group${error ? ' form-group--error' : ''}`}>
            <label className="label" htmlFor="mlw-powiat">
              {t('regional.mlw.powiat')}
            </label>
            <div id="mlw-powiat-hint" className="hint">
              {t('regional.mlw.powiatHint')}
            </div>
            {error && <ErrorMessage id="mlw-powiat-error">{error}</ErrorMessage>}
            <input
              id="mlw-powiat"
              className={`input input--char-5${error ? ' input--error' : ''}`}
              inputMode="numeric"
              value={draftPowiat}
              onChange={(event) => setDraftPowiat(event.target.value)}
              aria-describedby={error ? 'mlw-powiat-hint mlw-powiat-error' : 'mlw-powiat-hint'}
              aria-invalid={error ? true : undefined}
            />
          </div>
        </div>
        <button type="submit" className="button">
          {t('regional.mlw.apply')}
        </button>
      </form>
      {query.isPending && <p role="status">{t('regional.loading')}</p>}
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <>
          <p role="status">{t('regional.mlw.count', { count: query.data.totalItems })}</p>
          {rows.length === 0 ? (
            <p>{t('regional.mlw.empty')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="mlw-caption" tabIndex={0}>
              <table className="table">
                <caption id="mlw-caption" className="table__caption table__caption--s">
                  {t('regional.mlw.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('regional.mlw.gmina')}</th>
                    <th scope="col">{t('regional.mlw.powiatColumn')}</th>
                    <th scope="col">{t('regional.mlw.stageColumn')}</th>
                    <th scope="col" className="table__header--numeric">
                      {t('regional.mlw.stakeholders')}
                    </th>
                    <th scope="col" className="table__header--numeric">
                      {t('regional.mlw.zslMembers')}
                    </th>
                    <th scope="col">{t('regional.mlw.variant')}</th>
                    <th scope="col" className="table__header--numeric">
                      {t('regional.mlw.signatories')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((g: MlwGmina) => (
                    <tr key={g.teryt}>
                      <th scope="row">
                        <Link to={links.regionalGmina(g.teryt)}>{g.name}</Link>
                      </th>
                      <td>{g.powiatName}</td>
                      <td>
                        <Tag variant={g.stage === 'ACTIVE' ? 'green' : g.stage === 'DISSOLVED' ? 'grey' : 'blue'}>{t(`regional.stage.${g.stage}`)}</Tag>
                        {g.stageSince && <span className="secondary-text"> {t('regional.profile.mlw.since', { date: formatDate(g.stageSince, language) })}</span>}
                      </td>
                      <td className="table__cell--numeric">{g.stakeholders}</td>
                      <td className="table__cell--numeric">{g.zslMembers}</td>
                      <td>{g.variantCode ? t(`regional.variant.${g.variantCode}` as 'regional.variant.KIS_NEW_BY_OPS_OR_NGO', { defaultValue: g.variantCode }) : '—'}</td>
                      <td className="table__cell--numeric">{g.signatories}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {query.data.totalPages > 1 && <Pagination page={page} totalPages={query.data.totalPages} searchFor={searchFor} />}
          {query.data.totalItems > 0 && (
            <button type="button" className="button button--secondary" onClick={download} disabled={fetchAll.isPending}>
              {fetchAll.isPending ? t('regional.mlw.downloading') : t('regional.mlw.download')}
            </button>
          )}
          {fetchAll.isError && <ApiErrorMessage error={fetchAll.error} />}
        </>
      )}
    </>
  );
}
