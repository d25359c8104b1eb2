import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag } from '@/shared/components/Tag';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { useZslMinutes } from '../api/downloadZslMinutes';
import { useZsl } from '../api/getZsl';
import { AddZslMeeting } from '../components/AddZslMeeting';
import { AddZslMemberForm } from '../components/AddZslMemberForm';
import { DownloadButton } from '../components/DownloadButton';
import { EndZslMembership } from '../components/EndZslMembership';
import { usePartnershipLabels } from '../components/labels';
import { PartnershipFrame } from '../components/PartnershipFrame';
import { ZslEditForm } from '../components/ZslEditForm';
import type { Partnership } from '../model';

function ZslContent({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = usePartnershipLabels();
  const query = useZsl(partnership.id);
  const minutes = useZslMinutes(partnership.id);
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const zsl = query.data;
  const canManage = zsl?.canManage === true && partnership.status !== 'DISSOLVED';

  return (
    <>
      <p role="status" className="live-announcement">
        {announcement}
      </p>
      <p className="lead lead--s">{t('partnerships.zsl.lead')}</p>
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {zsl && (
        <>
          <section aria-labelledby="zsl-team-heading" className="section">
            <h2 id="zsl-team-heading" className="heading-m">
              {t('partnerships.zsl.teamHeading')}
            </h2>
            <SummaryList>
              <SummaryRow term={t('partnerships.zsl.label.initiatorKind')}>{zsl.initiatorKind ? labels.zslInitiator(zsl.initiatorKind) : null}</SummaryRow>
              <SummaryRow term={t('partnerships.zsl.label.initiatorName')}>{zsl.initiatorName}</SummaryRow>
              {zsl.initiatorInstitution && <SummaryRow term={t('partnerships.zsl.label.initiatorInstitutionId')}>{zsl.initiatorInstitution.name}</SummaryRow>}
              <SummaryRow term={t('partnerships.zsl.label.establishedOn')}>{zsl.establishedOn ? formatDate(zsl.establishedOn, language) : null}</SummaryRow>
            </SummaryList>
            {canManage && !editing && (
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                {t('partnerships.zsl.editTeam')}
              </button>
            )}
            {editing && (
              <ZslEditForm
                partnershipId={partnership.id}
                zsl={zsl}
                onCancel={() => setEditing(false)}
                onDone={(message) => {
                  setEditing(false);
                  setAnnouncement(message);
                }}
              />
            )}
          </section>

          <section aria-labelledby="zsl-members-heading" className="section">
            <h2 id="zsl-members-heading" className="heading-m">
              {t('partnerships.zsl.membersHeading')}
            </h2>
            <p>{t('partnerships.zsl.membersCount', { count: zsl.members.filter((member) => member.active).length })}</p>
            {zsl.members.length > 0 && (
              <div className="table-scroll" role="region" aria-labelledby="zsl-members-caption" tabIndex={0}>
                <table className="table table--compact">
                  <caption id="zsl-members-caption" className="visually-hidden">
                    {t('partnerships.zsl.membersCaption')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('partnerships.zsl.column.person')}</th>
                      <th scope="col">{t('partnerships.zsl.column.delegatedBy')}</th>
                      <th scope="col">{t('partnerships.zsl.column.role')}</th>
                      <th scope="col">{t('partnerships.zsl.column.period')}</th>
                      {canManage && <th scope="col">{t('partnerships.zsl.column.actions')}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {zsl.members.map((member) => (
                      <tr key={member.id}>
                        <th scope="row">{member.personName}</th>
                        <td>{member.delegatedBy}</td>
                        <td>{labels.zslRole(member.role)}</td>
                        <td>
                          {member.toDate
                            ? t('partnerships.zsl.fromTo', { from: formatDate(member.fromDate, language), to: formatDate(member.toDate, language) })
                            : t('partnerships.zsl.since', { from: formatDate(member.fromDate, language) })}{' '}
                          {member.active ? <Tag variant="green">{t('partnerships.zsl.serving')}</Tag> : <Tag variant="grey">{t('partnerships.zsl.notServing')}</Tag>}
                        </td>
                        {canManage && <td>{member.active && !member.toDate && <EndZslMembership partnershipId={partnership.id} member={member} onDone={setAnnouncement} />}</td>}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {canManage && <AddZslMemberForm partnership={partnership} onDone={setAnnouncement} />}
          </section>

          <section aria-labelledby="zsl-meetings-heading" className="section">
            <h2 id="zsl-meetings-heading" className="heading-m">
              {t('partnerships.zsl.meetingsHeading')}
            </h2>
            {zsl.meetings.length === 0 ? (
              <p>{t('partnerships.zsl.noMeetings')}</p>
            ) : (
              <ul className="list meeting-list">
                {zsl.meetings.map((meeting) => (
                  <li key={meeting.id} className="meeting-list__item">
                    <h3 className="heading-s">
                      <Link to={links.zslMeeting(partnership.id, meeting.id)}>
                        {t('partnerships.zsl.meetingTitle', { date: formatDate(meeting.heldOn, language), place: meeting.place })}
                      </Link>
                    </h3>
                    <p className="secondary-text">
                      {t('partnerships.zsl.present', { count: meeting.present })} · {t('partnerships.zsl.decisionsCount', { count: meeting.decisions })}
                    </p>
                    <DownloadButton small onDownload={() => minutes.mutateAsync(meeting.id)}>
                      {t('partnerships.zsl.minutesPdf')}
                      <span className="visually-hidden"> – {t('partnerships.zsl.meetingTitle', { date: formatDate(meeting.heldOn, language), place: meeting.place })}</span>
                    </DownloadButton>
                  </li>
                ))}
              </ul>
            )}
            {canManage && <AddZslMeeting partnershipId={partnership.id} members={zsl.members} onDone={setAnnouncement} />}
          </section>
        </>
      )}
    </>
  );
}

/** The Zespół Synergii Lokalnej: who initiated it, members delegated by signatories, meetings with minutes. */
export function ZslPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <PartnershipFrame id={id} heading={t('partnerships.zsl.title')}>
      {(partnership) => <ZslContent partnership={partnership} />}
    </PartnershipFrame>
  );
}
