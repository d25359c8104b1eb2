import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveFile } from '@/shared/api/download';
import { useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { useRegionalReport } from '../api/getRegionalReport';
import { useRpw } from '../api/getRpw';
import { useRpwMinutes } from '../api/getRpwMinutes';
import { useOwnVoivodeship } from '../api/getOwnVoivodeship';
import { AddRpwMeeting } from '../components/AddRpwMeeting';
import { AddRpwMemberForm } from '../components/AddRpwMemberForm';
import { EndRpwMembership } from '../components/EndRpwMembership';

/**
 * The voivodeship's RPW (Regionalna Platforma Współpracy): members, meetings with minutes, the
 * report for a meeting. The voivodeship's ROPS (`canManage`) adds and ends memberships, plans
 * meetings and records them.
 */
export function RpwPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const own = useOwnVoivodeship(me.data?.institution?.id);
  const voivodeship = own.data;
  const rpw = useRpw(voivodeship);
  const minutes = useRpwMinutes(voivodeship ?? '');
  const report = useRegionalReport();
  const [announcement, setAnnouncement] = useState('');
  const heading = rpw.data ? t('rpw.titleOf', { name: rpw.data.voivodeshipName }) : t('rpw.title');
  useDocumentTitle(heading);
  const canManage = rpw.data?.canManage === true;
  const serving = rpw.data?.members.filter((m) => m.active).length ?? 0;

  return (
    <>
      <Link className="back-link" to={links.recommendations()}>
        {t('recommendations.title')}
      </Link>
      <PageHeading>{heading}</PageHeading>
      <p role="status" className="live-announcement">
        {announcement}
      </p>
      {own.isError && <ApiErrorMessage error={own.error} />}
      {rpw.isPending && voivodeship && <p role="status">{t('rpw.loading')}</p>}
      {rpw.isError && <ApiErrorMessage error={rpw.error} onRetry={() => void rpw.refetch()} />}
      {(report.isError || minutes.isError) && <ApiErrorMessage error={report.error ?? minutes.error} />}
      {rpw.data && voivodeship && (
        <>
          <div className="button-group">
            <button type="button" className="button" disabled={report.isPending} onClick={() => report.mutate(voivodeship, { onSuccess: (file) => saveFile(file.blob, file.fileName) })}>
              {t('rpw.report')}
            </button>
          </div>
          <section aria-labelledby="rpw-members-heading" className="section">
            <h2 id="rpw-members-heading" className="heading-m">
              {t('rpw.membersHeading')}
            </h2>
            <p>{t('rpw.servingCount', { count: serving })}</p>
            {rpw.data.members.length > 0 && (
              <div className="table-scroll" role="region" aria-labelledby="rpw-members-caption" tabIndex={0}>
                <table className="table table--compact">
                  <caption id="rpw-members-caption" className="visually-hidden">
                    {t('rpw.members', { count: rpw.data.members.length })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('rpw.person')}</th>
                      <th scope="col">{t('rpw.institution')}</th>
                      <th scope="col">{t('rpw.role')}</th>
                      <th scope="col">{t('rpw.serving')}</th>
                      {canManage && <th scope="col">{t('rpw.actions')}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {rpw.data.members.map((m) => (
                      <tr key={m.id}>
                        <th scope="row">
                          {m.personName}
                          {m.chair && (
                            <>
                              {' '}
                              <Tag variant="grey">{t('rpw.chair')}</Tag>
                            </>
                          )}
                        </th>
                        <td>{m.institution.name}</td>
                        <td>{t(`rpw.representativeRole.${m.representativeRole}`)}</td>
                        <td>
                          {formatDate(m.fromDate, language)} – {m.toDate ? formatDate(m.toDate, language) : t('rpw.now')}{' '}
                          {m.active ? <Tag variant="green">{t('rpw.servingTag')}</Tag> : <Tag variant="grey">{t('rpw.notServingTag')}</Tag>}
                        </td>
                        {canManage && <td>{m.active && !m.toDate && <EndRpwMembership voivodeship={voivodeship} member={m} onDone={setAnnouncement} />}</td>}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {canManage && <AddRpwMemberForm voivodeship={voivodeship} onDone={setAnnouncement} />}
          </section>
          <section aria-labelledby="rpw-meetings-heading" className="section">
            <h2 id="rpw-meetings-heading" className="heading-m">
              {t('rpw.meetingsHeading')}
            </h2>
            <p>{t('rpw.meetings', { count: rpw.data.meetings.length })}</p>
            {rpw.data.meetings.length === 0 ? (
              <p>{t('rpw.noMeetings')}</p>
            ) : (
              <ul className="list meeting-list">
                {rpw.data.meetings.map((m) => (
                  <li key={m.id} className="meeting-list__item">
                    <h3 className="heading-s">
                      <Link to={links.rpwMeeting(m.id)}>{t('rpw.meetingTitle', { date: formatDate(m.heldOn, language), place: m.place })}</Link>
                    </h3>
                    <p className="secondary-text">
                      {t('rpw.present', { count: m.present })} · {t('rpw.decisions', { count: m.decisions })}
                    </p>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={minutes.isPending}
                      onClick={() => minutes.mutate(m.id, { onSuccess: (file) => saveFile(file.blob, file.fileName) })}
                    >
                      {t('rpw.minutes', { date: formatDate(m.heldOn, language) })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {canManage && <AddRpwMeeting voivodeship={voivodeship} members={rpw.data.members} onDone={setAnnouncement} />}
          </section>
        </>
      )}
    </>
  );
}
