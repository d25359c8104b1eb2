import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { useZslMinutes } from '../api/downloadZslMinutes';
import { useZsl } from '../api/getZsl';
import { fetchZslMeeting, useZslMeeting } from '../api/getZslMeeting';
import { useUpdateZslMeeting } from '../api/updateZslMeeting';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { MeetingForm, meetingValuesOf, useMeetingEditor } from '@/shared/body/MeetingForm';
import { MeetingRecord } from '@/shared/body/MeetingRecord';
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
          <MeetingRecord
            meeting={meeting}
            level={3}
            memberLabel={(member) => `${member.personName} (${labels.zslRole(member.role)}, ${member.delegatedBy})`}
            minutesAction={<DownloadButton onDownload={() => minutes.mutateAsync(meeting.id)}>{t('partnerships.zsl.minutesPdf')}</DownloadButton>}
          />
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
