import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Tag } from '@/shared/components/Tag';
import { formatDateTime } from '@/shared/format/dates';
import { SelectField } from '@/shared/forms/fields';
import { useLanguage } from '@/shared/i18n/i18n';
import { useDiscardPartnershipVersion } from '../api/discardPartnershipVersion';
import { usePartnershipVersionDiff } from '../api/diffPartnershipVersions';
import { usePartnershipDocument } from '../api/downloadPartnershipDocument';
import { usePartnership } from '../api/getPartnership';
import { usePartnershipVersion } from '../api/getPartnershipVersion';
import { usePartnershipVersions } from '../api/listPartnershipVersions';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { DownloadButton } from '../components/DownloadButton';
import { PartnershipFrame } from '../components/PartnershipFrame';
import { VersionDiffView } from '../components/VersionDiffView';
import { VersionEditor } from '../components/VersionEditor';
import { VersionText } from '../components/VersionText';
import type { Partnership, VersionSummary } from '../model';

function positive(value: string | null): number | undefined {
  return value !== null && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

function VersionTags({ version, latest }: { version: VersionSummary; latest: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="tag-group">
      {version.signed && <Tag variant="green">{t('partnerships.text.signedFrozen')}</Tag>}
      {version.amendment && <Tag variant="yellow">{t('partnerships.text.amendment')}</Tag>}
      {latest && !version.signed && <Tag variant="grey">{t('partnerships.text.newest')}</Tag>}
    </span>
  );
}

function DiscardVersion({ partnership, number, onDiscarded }: { partnership: Partnership; number: number; onDiscarded: () => void }) {
  const { t } = useTranslation();
  const discard = useDiscardPartnershipVersion(partnership.id);
  const saved = usePartnership(partnership.id);
  const { version, conflict, reload } = useVersionConflict(partnership.version);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(true)} aria-label={t('partnerships.text.discardLabel', { number })}>
        {t('partnerships.text.discard')}
      </button>
    );
  }
  return (
    <div className="confirm-panel" role="group" aria-label={t('partnerships.text.discardLabel', { number })}>
      <p>{t('partnerships.text.discardConfirmText', { number })}</p>
      <ConflictNotice
        level={3}
        state={conflict.state}
        reloading={conflict.reloading}
        onReload={() => void reload(async () => (await saved.refetch()).data)}
      />
      {discard.isError && !isApiError(discard.error, 412) && <ApiErrorMessage error={discard.error} />}
      <div className="button-group">
        <button
          type="button"
          className="button button--warning button--small"
          disabled={discard.isPending}
          onClick={() =>
            discard.mutate({ number, version }, { onSuccess: onDiscarded, onError: (error) => (isApiError(error, 412) ? conflict.stale() : undefined) })
          }
        >
          {t('partnerships.text.discardConfirm', { number })}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

function CompareForm({ versions, from, to, onCompare }: { versions: VersionSummary[]; from?: number; to?: number; onCompare: (from: number, to: number) => void }) {
  const { t } = useTranslation();
  const newest = versions[0]?.number ?? 1;
  const [values, setValues] = useState({ from: String(from ?? versions[1]?.number ?? newest), to: String(to ?? newest) });
  const [error, setError] = useState('');
  const options = versions.map((version) => ({
    value: String(version.number),
    label: t('partnerships.text.versionOption', { number: version.number }) + (version.signed ? ` – ${t('partnerships.text.signedFrozen')}` : ''),
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.from === values.to) {
      setError(t('partnerships.text.compareSame'));
      return;
    }
    setError('');
    onCompare(Number(values.from), Number(values.to));
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="compare-heading">
      <h2 id="compare-heading" className="heading-m">
        {t('partnerships.text.compareHeading')}
      </h2>
      <div className="date-pair">
        <SelectField id="compare-from" label={t('partnerships.text.compareFrom')} value={values.from} options={options} error={error || undefined} onChange={(value) => setValues((current) => ({ ...current, from: value }))} />
        <SelectField id="compare-to" label={t('partnerships.text.compareTo')} value={values.to} options={options} onChange={(value) => setValues((current) => ({ ...current, to: value }))} />
      </div>
      <button type="submit" className="button button--secondary">
        {t('partnerships.text.compare')}
      </button>
    </form>
  );
}

function TextContent({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const versions = usePartnershipVersions(partnership.id);
  const reload = usePartnership(partnership.id);
  const pdf = usePartnershipDocument(partnership.id);
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const list = versions.data ?? [];
  const newest = list[0]?.number ?? partnership.latestVersion;
  const shown = positive(params.get('version')) ?? partnership.signedVersion ?? newest;
  const from = positive(params.get('from'));
  const to = positive(params.get('to'));
  const text = usePartnershipVersion(partnership.id, shown);
  const latestText = usePartnershipVersion(partnership.id, editing ? newest : undefined);
  const diff = usePartnershipVersionDiff(partnership.id, from, to);
  const go = (search: { version?: number; from?: number; to?: number }) => void navigate(links.partnershipText(partnership.id, search));

  return (
    <>
      <p role="status" className="live-announcement">
        {announcement}
      </p>
      <section aria-labelledby="versions-heading" className="section">
        <h2 id="versions-heading" className="heading-m">
          {t('partnerships.text.versionsHeading')}
        </h2>
        {partnership.signedVersion && <p>{t('partnerships.text.signedExplain', { number: partnership.signedVersion })}</p>}
        {versions.isError && <ApiErrorMessage error={versions.error} onRetry={() => void versions.refetch()} />}
        {list.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="versions-caption" tabIndex={0}>
            <table className="table table--compact">
              <caption id="versions-caption" className="table__caption table__caption--s visually-hidden">
                {t('partnerships.text.versionsCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('partnerships.text.column.version')}</th>
                  <th scope="col">{t('partnerships.text.column.created')}</th>
                  <th scope="col">{t('partnerships.text.column.note')}</th>
                  <th scope="col">{t('partnerships.text.column.state')}</th>
                  <th scope="col">{t('partnerships.text.column.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((version, index) => (
                  <tr key={version.number} aria-current={version.number === shown ? 'true' : undefined}>
                    <th scope="row">
                      {version.number === shown ? (
                        t('partnerships.text.versionShown', { number: version.number })
                      ) : (
                        <Link to={links.partnershipText(partnership.id, { version: version.number })}>
                          {t('partnerships.text.showVersion', { number: version.number })}
                        </Link>
                      )}
                    </th>
                    <td>
                      {formatDateTime(version.createdAt, language)}
                      <div className="secondary-text">
                        {version.authorInstitution ? `${version.author}, ${version.authorInstitution.name}` : version.author}
                      </div>
                    </td>
                    <td>{version.note}</td>
                    <td>
                      <VersionTags version={version} latest={index === 0} />
                      {version.signedAt && <div className="secondary-text">{t('partnerships.text.signedAt', { date: formatDateTime(version.signedAt, language) })}</div>}
                    </td>
                    <td>
                      <DownloadButton small onDownload={() => pdf.mutateAsync(version.number)}>
                        {t('partnerships.text.pdf', { number: version.number })}
                      </DownloadButton>
                      {index === 0 && !version.signed && list.length > 1 && partnership.permissions.addVersion && (
                        <DiscardVersion
                          partnership={partnership}
                          number={version.number}
                          onDiscarded={() => {
                            setAnnouncement(t('partnerships.text.discarded', { number: version.number }));
                            go({});
                          }}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {list.length > 1 && <CompareForm key={`${from ?? ''}-${to ?? ''}-${list.length}`} versions={list} from={from} to={to} onCompare={(a, b) => go({ from: a, to: b })} />}
      {from !== undefined && to !== undefined && (
        <section aria-labelledby="diff-heading" className="section">
          <h2 id="diff-heading" className="heading-m">
            {t('partnerships.text.diffHeading', { from, to })}
          </h2>
          {diff.isPending && <p role="status">{t('partnerships.text.loadingDiff')}</p>}
          {diff.isError && <ApiErrorMessage error={diff.error} />}
          {diff.data && <VersionDiffView diff={diff.data} />}
        </section>
      )}

      <section aria-labelledby="version-text-heading" className="section">
        <h2 id="version-text-heading" className="heading-m">
          {t('partnerships.text.textHeading', { number: shown })}
        </h2>
        {text.data?.signed && (
          <div className="inset-text">
            <p>{t('partnerships.text.frozenNotice', { date: text.data.signedAt ? formatDateTime(text.data.signedAt, language) : '' })}</p>
          </div>
        )}
        {text.data?.amendment && <p className="hint">{t('partnerships.text.amendmentNotice')}</p>}
        {text.isError && <ApiErrorMessage error={text.error} />}
        {text.data && <VersionText version={text.data} />}
      </section>

      {partnership.permissions.addVersion && (
        <section aria-labelledby="edit-text-heading" className="section">
          <h2 id="edit-text-heading" className="heading-m">
            {partnership.status === 'ACTIVE' ? t('partnerships.text.amendHeading') : t('partnerships.text.editHeading')}
          </h2>
          {!editing && (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              {partnership.status === 'ACTIVE' ? t('partnerships.text.startAmendment') : t('partnerships.text.startVersion')}
            </button>
          )}
          {editing && latestText.isPending && <p role="status">{t('partnerships.loading')}</p>}
          {editing && latestText.data && (
            <VersionEditor
              partnership={partnership}
              base={latestText.data}
              onCancel={() => setEditing(false)}
              onReload={async () => (await reload.refetch()).data}
              onSaved={(number) => {
                setEditing(false);
                setAnnouncement(t('partnerships.text.saved', { number }));
                go({ version: number, from: newest, to: number });
              }}
            />
          )}
        </section>
      )}
    </>
  );
}

/** The text of a partnership: its versions, the signed one frozen, any two compared, a new version or amendment. */
export function PartnershipTextPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <PartnershipFrame id={id} heading={t('partnerships.text.title')}>
      {(partnership) => <TextContent partnership={partnership} />}
    </PartnershipFrame>
  );
}
