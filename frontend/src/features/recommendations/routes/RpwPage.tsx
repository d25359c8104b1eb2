import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveFile } from '@/shared/api/download';
import { useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { links } from '@/shared/routes/links';
import { useRegionalReport } from '../api/getRegionalReport';
import { useRpw } from '../api/getRpw';
import { useRpwMinutes } from '../api/getRpwMinutes';
import { useOwnVoivodeship } from '../api/getOwnVoivodeship';

/** The voivodeship's RPW (Regionalna Platforma Współpracy): members, meetings with minutes, the report for a meeting. */
export function RpwPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const own = useOwnVoivodeship(me.data?.institution?.id);
  const voivodeship = own.data;
  const rpw = useRpw(voivodeship);
  const minutes = useRpwMinutes(voivodeship ?? '');
  const report = useRegionalReport();
  const heading = rpw.data ? t('rpw.titleOf', { name: rpw.data.voivodeshipName }) : t('rpw.title');
  useDocumentTitle(heading);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  return (
    <>
      <Link className="back-link" to={links.recommendations()}>
        {t('recommendations.title')}
      </Link>
      <PageHeading>{heading}</PageHeading>
      {own.isError && <ApiErrorMessage error={own.error} />}
      {rpw.isPending && voivodeship && <p role="status">{t('rpw.loading')}</p>}
      {rpw.isError && <ApiErrorMessage error={rpw.error} onRetry={() => void rpw.refetch()} />}
      {(report.isError || minutes.isError) && <ApiErrorMessage error={report.error ?? minutes.error} />}
      {rpw.data && voivodeship && (
        <>
          <div className="button-group">
            <button type="button" className="button" disabled={report.isPending}
              onClick={() => report.mutate(voivodeship, { onSuccess: (file) => saveFile(file.blob, file.fileName) })}>
              {t('rpw.report')}
            </button>
          </div>
          <h2>{t('rpw.members', { count: rpw.data.members.length })}</h2>
          <table className="table">
            <caption className="visually-hidden">{t('rpw.members', { count: rpw.data.members.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rpw.person')}</th>
                <th scope="col">{t('rpw.institution')}</th>
                <th scope="col">{t('rpw.role')}</th>
                <th scope="col">{t('rpw.serving')}</th>
              </tr>
            </thead>
            <tbody>
              {rpw.data.members.map((m) => (
                <tr key={m.id}>
                  <td>
                    {m.personName}
                    {m.chair && <> <Tag variant="grey">{t('rpw.chair')}</Tag></>}
                  </td>
                  <td>{m.institution.name}</td>
                  <td>{t(`rpw.representativeRole.${m.representativeRole}`)}</td>
                  <td>
                    {date.format(new Date(m.fromDate))} – {m.toDate ? date.format(new Date(m.toDate)) : t('rpw.now')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('rpw.meetings', { count: rpw.data.meetings.length })}</h2>
          {rpw.data.meetings.length === 0 ? (
            <p>{t('rpw.noMeetings')}</p>
          ) : (
            <ul className="list">
              {rpw.data.meetings.map((m) => (
                <li key={m.id}>
                  <strong>{date.format(new Date(m.heldOn))}</strong>, {m.place} – {t('rpw.present', { count: m.present })},{' '}
                  {t('rpw.decisions', { count: m.decisions })}{' '}
                  <button type="button" className="button button--secondary button--small" disabled={minutes.isPending}
                    onClick={() => minutes.mutate(m.id, { onSuccess: (file) => saveFile(file.blob, file.fileName) })}>
                    {t('rpw.minutes', { date: date.format(new Date(m.heldOn)) })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
