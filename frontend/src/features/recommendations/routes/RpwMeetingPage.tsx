import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { isApiError } from '@/shared/api/ApiError';
import { saveFile } from '@/shared/api/download';
import { useMe } from '@/shared/auth/me';
import { MeetingForm, meetingValuesOf, useMeetingEditor } from '@/shared/body/MeetingForm';
import { MeetingRecord } from '@/shared/body/MeetingRecord';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { useOwnVoivodeship } from '../api/getOwnVoivodeship';
import { useRpw } from '../api/getRpw';
import { fetchRpwMeeting, useRpwMeeting } from '../api/getRpwMeeting';
import { useRpwMinutes } from '../api/getRpwMinutes';
import { useUpdateRpwMeeting } from '../api/updateRpwMeeting';
import { useRpwMemberLabel } from '../components/rpwMemberLabel';
import type { RpwMeeting, RpwMember } from '../model';

function EditMeeting({ voivodeship, meeting, members, onDone, onCancel }: { voivodeship: string; meeting: RpwMeeting; members: RpwMember[]; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const update = useUpdateRpwMeeting(voivodeship);
  const memberLabel = useRpwMemberLabel();
  const { version, conflict, reload } = useVersionConflict(meeting.version);
  const editor = useMeetingEditor('rpw-meeting-edit', 'rpwMeeting', () => meetingValuesOf(meeting));
  const submit = () =>
    editor.submit(members, (request) =>
      update.mutate({ meetingId: meeting.id, version, body: request }, { onSuccess: () => onDone(t('rpw.meetingSaved')), onError: (error) => editor.failed(error, conflict.stale) }),
    );
  return (
    <MeetingForm
      prefix="rpw-meeting-edit"
      heading={t('rpw.editMeeting')}
      members={members}
      memberLabel={memberLabel}
      noMembersText={t('rpw.noMembersThen')}
      values={editor.values}
      onChange={editor.setValues}
      form={editor.form}
      onSubmit={submit}
      onCancel={onCancel}
      submitting={update.isPending}
      submitLabel={t('rpw.saveMeeting')}
      notice={<ConflictNotice level={4} state={conflict.state} reloading={conflict.reloading} onReload={() => void reload(async () => await fetchRpwMeeting(client, voivodeship, meeting.id))} />}
    />
  );
}

/**
 * One meeting of the RPW: date, place, agenda, who was present, the minutes (also as PDF) and
 * the decisions. The voivodeship's ROPS records the attendance and minutes of a planned meeting here.
 */
export function RpwMeetingPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { meetingId = '' } = useParams();
  const me = useMe();
  const own = useOwnVoivodeship(me.data?.institution?.id);
  const voivodeship = own.data;
  const rpw = useRpw(voivodeship);
  const query = useRpwMeeting(voivodeship, meetingId);
  const minutes = useRpwMinutes(voivodeship ?? '');
  const memberLabel = useRpwMemberLabel();
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const meeting = query.data;
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  const heading = meeting ? t('rpw.meetingTitle', { date: formatDate(meeting.heldOn, language), place: meeting.place }) : notFound ? t('rpw.meetingNotFound') : t('rpw.meetingPageTitle');
  useDocumentTitle(heading);
  const canManage = rpw.data?.canManage === true;

  return (
    <>
      <Link className="back-link" to={links.rpw()}>
        {t('rpw.backToRpw')}
      </Link>
      <PageHeading>{heading}</PageHeading>
      <p role="status" className="live-announcement">
        {announcement}
      </p>
      {own.isError && <ApiErrorMessage error={own.error} />}
      {query.isPending && voivodeship && <p role="status">{t('rpw.loading')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {minutes.isError && <ApiErrorMessage error={minutes.error} />}
      {meeting && voivodeship && (
        <>
          <MeetingRecord
            meeting={meeting}
            level={2}
            memberLabel={memberLabel}
            minutesAction={
              <button type="button" className="button button--secondary" disabled={minutes.isPending} onClick={() => minutes.mutate(meeting.id, { onSuccess: (file) => saveFile(file.blob, file.fileName) })}>
                {t('rpw.minutes', { date: formatDate(meeting.heldOn, language) })}
              </button>
            }
          />
          {canManage && !editing && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('rpw.editMeeting')}
            </button>
          )}
          {editing && rpw.data && (
            <EditMeeting
              key={meeting.id}
              voivodeship={voivodeship}
              meeting={meeting}
              members={rpw.data.members}
              onCancel={() => setEditing(false)}
              onDone={(message) => {
                setEditing(false);
                setAnnouncement(message);
              }}
            />
          )}
        </>
      )}
      {notFound && <p>{t('rpw.meetingNotFoundBody')}</p>}
    </>
  );
}
