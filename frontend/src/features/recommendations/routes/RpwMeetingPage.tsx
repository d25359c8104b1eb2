import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { isApiError } from '@/shared/api/ApiError';
import { saveFile } from '@/shared/api/download';
import { useMe } from '@/shared/auth/me';
import { MeetingForm, meetingValuesOf, useMeetingEditor } from '@/shared/body/MeetingForm';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { PageHeading } from '@/shared/components/RouteFocus';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate, formatDateTime } from '@/shared/format/dates';
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
          <SummaryList>
            <SummaryRow term={t('body.meetingLabel.heldOn')}>{formatDate(meeting.heldOn, language)}</SummaryRow>
            <SummaryRow term={t('body.meetingLabel.place')}>{meeting.place}</SummaryRow>
            <SummaryRow term={t('body.meetingLabel.agenda')}>
              <span className="multiline">{meeting.agenda}</span>
            </SummaryRow>
            <SummaryRow term={t('rpw.recorded')}>{t('rpw.recordedBy', { name: meeting.recordedBy, date: formatDateTime(meeting.recordedAt, language) })}</SummaryRow>
          </SummaryList>
          <section aria-labelledby="rpw-attendance-heading" className="section">
            <h2 id="rpw-attendance-heading" className="heading-m">
              {t('rpw.attendanceHeading', { count: meeting.attendance.length })}
            </h2>
            {meeting.attendance.length === 0 ? (
              <p>{t('rpw.nobodyRecorded')}</p>
            ) : (
              <ul className="list list--bullet">
                {meeting.attendance.map((member) => (
                  <li key={member.id}>{memberLabel(member)}</li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="rpw-minutes-heading" className="section">
            <h2 id="rpw-minutes-heading" className="heading-m">
              {t('body.meetingLabel.minutes')}
            </h2>
            {meeting.minutes ? <p className="multiline">{meeting.minutes}</p> : <p>{t('rpw.noMinutes')}</p>}
            <button type="button" className="button button--secondary" disabled={minutes.isPending} onClick={() => minutes.mutate(meeting.id, { onSuccess: (file) => saveFile(file.blob, file.fileName) })}>
              {t('rpw.minutes', { date: formatDate(meeting.heldOn, language) })}
            </button>
          </section>
          <section aria-labelledby="rpw-decisions-heading" className="section">
            <h2 id="rpw-decisions-heading" className="heading-m">
              {t('body.meetingLabel.decisions')}
            </h2>
            {meeting.decisions.length === 0 ? (
              <p>{t('rpw.noDecisions')}</p>
            ) : (
              <ol className="list list--number">
                {meeting.decisions.map((decision, index) => (
                  <li key={index}>{decision}</li>
                ))}
              </ol>
            )}
          </section>
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
