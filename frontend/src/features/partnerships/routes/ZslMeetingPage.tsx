import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { formatDate, formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { useZslMinutes } from '../api/downloadZslMinutes';
import { useZsl } from '../api/getZsl';
import { fetchZslMeeting, useZslMeeting } from '../api/getZslMeeting';
import { useUpdateZslMeeting } from '../api/updateZslMeeting';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { MeetingForm, meetingValuesOf, useMeetingEditor } from '@/shared/body/MeetingForm';
import { DownloadButton } from '../components/DownloadButton';
import { usePartnershipLabels } from '../components/labels';
import { PartnershipFrame } from '../components/PartnershipFrame';
import { partnershipSubmissionErrors } from '../components/submissionErrors';
import type { Partnership, ZslMeeting } from '../model';

function EditMeeting({ partnership, meeting, onDone, onCancel }: { partnership: Partnership; meeting: ZslMeeting; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const update = useUpdateZslMeeting(partnership.id);
  const zsl = useZsl(partnership.id);
  const { version, conflict, reload } = useVersionConflict(meeting.version);
  const labels = usePartnershipLabels();
  const members = zsl.data?.members ?? meeting.attendance;
  const editor = useMeetingEditor('meeting-edit', 'zslMeeting', () => meetingValuesOf(meeting), partnershipSubmissionErrors);
  const submit = () =>
    editor.submit(members, (request) =>
      update.mutate(
        { meetingId: meeting.id, version, body: request },
        { onSuccess: () => onDone(t('partnerships.zsl.meetingSaved')), onError: (error) => editor.failed(error, conflict.stale) },
      ),
    );
  return (
    <MeetingForm
      prefix="meeting-edit"
      heading={t('partnerships.zsl.editMeeting')}
      members={members}
      memberLabel={(member) => `${member.personName} (${labels.zslRole(member.role)}, ${member.delegatedBy})`}
      noMembersText={t('partnerships.zsl.noMembersThen')}
      values={editor.values}
      onChange={editor.setValues}
      form={editor.form}
      onSubmit={submit}
      onCancel={onCancel}
      submitting={update.isPending}
      submitLabel={t('partnerships.zsl.saveMeeting')}
      notice={
        <ConflictNotice
          level={4}
          state={conflict.state}
          reloading={conflict.reloading}
          onReload={() => void reload(async () => await fetchZslMeeting(client, partnership.id, meeting.id))}
        />
      }
    />
  );
}

function MeetingContent({ partnership, meetingId }: { partnership: Partnership; meetingId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = usePartnershipLabels();
  const query = useZslMeeting(partnership.id, meetingId);
  const zsl = useZsl(partnership.id);
  const minutes = useZslMinutes(partnership.id);
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const meeting = query.data;
  const canManage = zsl.data?.canManage === true && partnership.status !== 'DISSOLVED';

  return (
    <>
      <p>
        <Link to={links.partnershipZsl(partnership.id)}>{t('partnerships.zsl.backToZsl')}</Link>
      </p>
      <p role="status" className="live-announcement">
        {announcement}
      </p>
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {meeting && (
        <>
          <h2 className="heading-m">{t('partnerships.zsl.meetingTitle', { date: formatDate(meeting.heldOn, language), place: meeting.place })}</h2>
          <SummaryList>
            <SummaryRow term={t('partnerships.zsl.meetingLabel.heldOn')}>{formatDate(meeting.heldOn, language)}</SummaryRow>
            <SummaryRow term={t('partnerships.zsl.meetingLabel.place')}>{meeting.place}</SummaryRow>
            <SummaryRow term={t('partnerships.zsl.meetingLabel.agenda')}>
              <span className="multiline">{meeting.agenda}</span>
            </SummaryRow>
            <SummaryRow term={t('partnerships.zsl.recorded')}>
              {t('partnerships.zsl.recordedBy', { name: meeting.recordedBy, date: formatDateTime(meeting.recordedAt, language) })}
            </SummaryRow>
          </SummaryList>
          <section aria-labelledby="attendance-heading" className="section">
            <h3 id="attendance-heading" className="heading-s">
              {t('partnerships.zsl.attendanceHeading', { count: meeting.attendance.length })}
            </h3>
            {meeting.attendance.length === 0 ? (
              <p>{t('partnerships.zsl.nobodyRecorded')}</p>
            ) : (
              <ul className="list list--bullet">
                {meeting.attendance.map((member) => (
                  <li key={member.id}>
                    {member.personName} ({labels.zslRole(member.role)}, {member.delegatedBy})
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="minutes-heading" className="section">
            <h3 id="minutes-heading" className="heading-s">
              {t('partnerships.zsl.minutesHeading')}
            </h3>
            {meeting.minutes ? <p className="multiline">{meeting.minutes}</p> : <p>{t('partnerships.zsl.noMinutes')}</p>}
            <DownloadButton onDownload={() => minutes.mutateAsync(meeting.id)}>{t('partnerships.zsl.minutesPdf')}</DownloadButton>
          </section>
          <section aria-labelledby="decisions-heading" className="section">
            <h3 id="decisions-heading" className="heading-s">
              {t('partnerships.zsl.decisionsHeading')}
            </h3>
            {meeting.decisions.length === 0 ? (
              <p>{t('partnerships.zsl.noDecisions')}</p>
            ) : (
              <ol className="list list--number">
                {meeting.decisions.map((decision, index) => (
                  <li key={index}>{decision}</li>
                ))}
              </ol>
            )}
          </section>
          {canManage && !editing && (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              {t('partnerships.zsl.editMeeting')}
            </button>
          )}
          {editing && (
            <EditMeeting
              key={meeting.id}
              partnership={partnership}
              meeting={meeting}
              onCancel={() => setEditing(false)}
              onDone={(message) => {
                setEditing(false);
                setAnnouncement(message);
              }}
            />
          )}
        </>
      )}
    </>
  );
}

/** One meeting of the ZSL: attendance, minutes (also as PDF) and decisions. */
export function ZslMeetingPage() {
  const { t } = useTranslation();
  const { id = '', meetingId = '' } = useParams();
  return (
    <PartnershipFrame id={id} heading={t('partnerships.zsl.meetingPageTitle')}>
      {(partnership) => <MeetingContent partnership={partnership} meetingId={meetingId} />}
    </PartnershipFrame>
  );
}
