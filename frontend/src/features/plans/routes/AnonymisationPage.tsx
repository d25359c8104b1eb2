import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { hasPermission, useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Notification } from '@/shared/components/Notification';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate, formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { useRetentionPolicy } from '../api/getRetentionPolicy';
import { useAnonymisationRuns } from '../api/listAnonymisations';
import { useStartAnonymisation } from '../api/startAnonymisation';
import { dailyTime, formatPeriod, warsawDate } from '../components/retention';
import type { AnonymisationRun, RetentionPolicy } from '../model';

const PAGE_SIZE = 10;

function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The rule in force, in plain words: the period, today's cut-off, what goes and what stays, and when it runs by itself. */
function RuleSection({ policy }: { policy: RetentionPolicy }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const period = formatPeriod(policy.retention, t);
  const time = policy.schedule ? dailyTime(policy.schedule) : undefined;
  let schedule: string;
  if (!policy.schedule) schedule = t('anonymisation.scheduleOff');
  else if (time) schedule = t('anonymisation.scheduleNightly', { time });
  else schedule = t('anonymisation.scheduleCron', { cron: policy.schedule });
  return (
    <>
      <p>
        <strong>{t('anonymisation.period', { period })}</strong>
      </p>
      <p>{t('anonymisation.when')}</p>
      <ul className="list list--bullet">
        <li>{t('anonymisation.condition1')}</li>
        <li>{t('anonymisation.condition2', { date: formatDate(warsawDate(policy.closedBefore), language), period })}</li>
        <li>{t('anonymisation.condition3')}</li>
      </ul>
      <p>{t('anonymisation.removed')}</p>
      <p>{t('anonymisation.kept')}</p>
      <p>{schedule}</p>
    </>
  );
}

/** What a finished run says: how many people it found (dry run) or anonymised. */
function resultText(run: AnonymisationRun, t: TFunction): string {
  const count = run.counts.clients;
  if (run.dryRun) return count === 0 ? t('anonymisation.dryRunNone') : t('anonymisation.dryRunFound', { count });
  return count === 0 ? t('anonymisation.doneNone') : t('anonymisation.done', { count });
}

function recordsText(run: AnonymisationRun, t: TFunction): string {
  const { plans, steps, meetings, outcomes, referrals, sharingRecords, specialCategoryRows } = run.counts;
  return t('anonymisation.records', { plans, steps, meetings, outcomes, referrals, sharingRecords, specialCategoryRows });
}

/** The confirmation step before anything is changed: it says what the last dry run found. */
function ConfirmAnonymisation({ lastDryRun, busy, onConfirm, onCancel }: { lastDryRun: AnonymisationRun | undefined; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => ref.current?.focus(), []);
  let found: string;
  if (!lastDryRun) found = t('anonymisation.confirmNoCheck');
  else {
    const when = formatDateTime(lastDryRun.startedAt, language);
    found = lastDryRun.counts.clients === 0 ? t('anonymisation.confirmLastNone', { when }) : t('anonymisation.confirmLast', { count: lastDryRun.counts.clients, when });
  }
  return (
    <div ref={ref} className="confirm-panel" tabIndex={-1} role="group" aria-labelledby={titleId}>
      <h3 id={titleId} className="heading-s">
        {t('anonymisation.confirmTitle')}
      </h3>
      <p>
        <strong>{found}</strong>
      </p>
      <p>{t('anonymisation.confirmBody')}</p>
      <div className="button-group">
        <button type="button" className="button button--warning" disabled={busy} onClick={onConfirm}>
          {t('anonymisation.confirm')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

function RunSection({ lastDryRun }: { lastDryRun: AnonymisationRun | undefined }) {
  const { t } = useTranslation();
  const start = useStartAnonymisation();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ key: number; run: AnonymisationRun } | null>(null);
  // a dry run of this visit is the newest one, even before the list of runs has loaded again
  const [checked, setChecked] = useState<AnonymisationRun | undefined>(undefined);
  const anonymiseRef = useRef<HTMLButtonElement>(null);
  const running = start.isPending ? (start.variables ? t('anonymisation.checking') : t('anonymisation.anonymising')) : '';

  const run = (dryRun: boolean) => {
    setResult(null);
    start.mutate(dryRun, {
      onSuccess: (finished) => {
        if (finished.dryRun) setChecked(finished);
        setConfirming(false);
        setResult((current) => ({ key: (current?.key ?? 0) + 1, run: finished }));
      },
    });
  };
  const cancel = () => {
    setConfirming(false);
    start.reset();
    // back to the button that opened the confirmation
    window.setTimeout(() => anonymiseRef.current?.focus(), 0);
  };

  return (
    <section aria-labelledby="anonymisation-run-heading" className="section" aria-busy={start.isPending}>
      <h2 id="anonymisation-run-heading" className="heading-m">
        {t('anonymisation.runHeading')}
      </h2>
      <p>{t('anonymisation.runLead')}</p>
      {result && (
        <Notification key={result.key} variant="success" focus>
          <p className="notification__heading">{resultText(result.run, t)}</p>
          {result.run.counts.clients > 0 && <p>{recordsText(result.run, t)}</p>}
        </Notification>
      )}
      {confirming ? (
        <ConfirmAnonymisation lastDryRun={checked ?? lastDryRun} busy={start.isPending} onConfirm={() => run(false)} onCancel={cancel} />
      ) : (
        <div className="button-group">
          <button type="button" className="button" disabled={start.isPending} onClick={() => run(true)}>
            {t('anonymisation.dryRun')}
          </button>
          <button
            ref={anonymiseRef}
            type="button"
            className="button button--warning"
            disabled={start.isPending}
            onClick={() => {
              start.reset();
              setResult(null);
              setConfirming(true);
            }}
          >
            {t('anonymisation.anonymise')}
          </button>
        </div>
      )}
      <p role="status" className="export-panel__status">
        {running}
      </p>
      {start.isError && <ApiErrorMessage error={start.error} />}
    </section>
  );
}

function RunsTable({ runs }: { runs: AnonymisationRun[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact">
        <caption id={captionId} className="table__caption table__caption--s">
          {t('anonymisation.runsCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('anonymisation.column.when')}</th>
            <th scope="col">{t('anonymisation.column.who')}</th>
            <th scope="col">{t('anonymisation.column.kind')}</th>
            <th scope="col">{t('anonymisation.column.retention')}</th>
            <th scope="col">{t('anonymisation.column.people')}</th>
            <th scope="col">{t('anonymisation.column.records')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <td>{formatDateTime(run.startedAt, language)}</td>
              <td>
                {run.triggeredBy}
                <br />
                <span className="secondary-text">{t(`anonymisation.trigger.${run.trigger}`)}</span>
              </td>
              <td>{run.dryRun ? <Tag variant="grey">{t('anonymisation.kind.dry')}</Tag> : <Tag variant="blue">{t('anonymisation.kind.real')}</Tag>}</td>
              <td>{formatPeriod(run.retention, t)}</td>
              <td>{t('anonymisation.people', { count: run.counts.clients })}</td>
              <td>{recordsText(run, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AnonymisationWork() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = readPage(params);
  const policy = useRetentionPolicy();
  const runs = useAnonymisationRuns(page - 1, PAGE_SIZE);
  // the newest runs, whatever page is shown: the confirmation states the last dry run
  const latest = useAnonymisationRuns(0, PAGE_SIZE);
  const lastDryRun = latest.data?.items.find((run) => run.dryRun);
  const data = runs.data;
  const loading = runs.isPending || (runs.isFetching && runs.isPlaceholderData);

  return (
    <>
      <p className="lead lead--s">{t('anonymisation.lead')}</p>
      <section aria-labelledby="anonymisation-rule-heading" className="section">
        <h2 id="anonymisation-rule-heading" className="heading-m">
          {t('anonymisation.ruleHeading')}
        </h2>
        {policy.isPending && <p role="status">{t('anonymisation.policyLoading')}</p>}
        {policy.isError && <ApiErrorMessage error={policy.error} onRetry={() => void policy.refetch()} />}
        {policy.data && <RuleSection policy={policy.data} />}
      </section>
      <RunSection lastDryRun={lastDryRun} />
      <section aria-labelledby="anonymisation-runs-heading" className="section">
        <h2 id="anonymisation-runs-heading" className="heading-m">
          {t('anonymisation.runsHeading')}
        </h2>
        <p className="result-count" role="status">
          {loading ? t('anonymisation.runsLoading') : data ? t('anonymisation.runsCount', { count: data.totalItems }) : ''}
        </p>
        {runs.isError && <ApiErrorMessage error={runs.error} onRetry={() => void runs.refetch()} />}
        {data && data.items.length > 0 && <RunsTable runs={data.items} />}
        {data && !loading && data.items.length === 0 && (
          <div className="empty-state">
            <p>{data.totalItems === 0 ? t('anonymisation.runsEmpty') : t('caseload.emptyPage')}</p>
          </div>
        )}
        {data && data.totalPages > 1 && (
          <Pagination
            page={page}
            totalPages={data.totalPages}
            searchFor={(next) => {
              const search = links.anonymisation(next);
              return search.includes('?') ? search.slice(search.indexOf('?')) : '';
            }}
          />
        )}
      </section>
    </>
  );
}

/**
 * Retention runs for platform administrators (RETENTION_RUN): the rule in force in plain words, a
 * dry run that only counts, anonymisation after a confirmation that states what the last dry run
 * found, and the past runs a page at a time.
 */
export function AnonymisationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('anonymisation.title'));
  const me = useMe();
  const allowed = hasPermission(me.data, 'RETENTION_RUN');
  return (
    <>
      <PageHeading>{t('anonymisation.title')}</PageHeading>
      {me.isPending && (
        <p role="status" className="visually-hidden">
          {t('home.loading')}
        </p>
      )}
      {me.data && !allowed && (
        <div className="inset-text">
          <p>{t('anonymisation.forbidden')}</p>
        </div>
      )}
      {allowed && <AnonymisationWork />}
    </>
  );
}
