import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { formatDate, formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';

interface RecordedMeeting<M> {
  heldOn: string;
  place: string;
  agenda: string;
  attendance: M[];
  minutes?: string | null;
  decisions: string[];
  recordedBy: string;
  recordedAt: string;
}

interface MeetingRecordProps<M extends { id: string }> {
  meeting: RecordedMeeting<M>;
  /** how a member present is named (name, role, who delegated them) */
  memberLabel: (member: M) => string;
  /** the level of the sections' headings: one below the page's heading of the meeting */
  level: 2 | 3;
  /** beside the minutes, e.g. the minutes as PDF */
  minutesAction?: ReactNode;
}

/** What was recorded of a meeting of a working body (ZSL, RPW): date, place, agenda, who recorded it, those present, the minutes and the decisions. */
export function MeetingRecord<M extends { id: string }>({ meeting, memberLabel, level, minutesAction }: MeetingRecordProps<M>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingClass = level === 2 ? 'heading-m' : 'heading-s';
  return (
    <>
      <SummaryList>
        <SummaryRow term={t('body.meetingLabel.heldOn')}>{formatDate(meeting.heldOn, language)}</SummaryRow>
        <SummaryRow term={t('body.meetingLabel.place')}>{meeting.place}</SummaryRow>
        <SummaryRow term={t('body.meetingLabel.agenda')}>
          <span className="multiline">{meeting.agenda}</span>
        </SummaryRow>
        <SummaryRow term={t('body.record.recorded')}>{t('body.record.recordedBy', { name: meeting.recordedBy, date: formatDateTime(meeting.recordedAt, language) })}</SummaryRow>
      </SummaryList>
      <section aria-labelledby="attendance-heading" className="section">
        <Heading id="attendance-heading" className={headingClass}>
          {t('body.record.attendanceHeading', { count: meeting.attendance.length })}
        </Heading>
        {meeting.attendance.length === 0 ? (
          <p>{t('body.record.nobodyRecorded')}</p>
        ) : (
          <ul className="list list--bullet">
            {meeting.attendance.map((member) => (
              <li key={member.id}>{memberLabel(member)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="minutes-heading" className="section">
        <Heading id="minutes-heading" className={headingClass}>
          {t('body.meetingLabel.minutes')}
        </Heading>
        {meeting.minutes ? <p className="multiline">{meeting.minutes}</p> : <p>{t('body.record.noMinutes')}</p>}
        {minutesAction}
      </section>
      <section aria-labelledby="decisions-heading" className="section">
        <Heading id="decisions-heading" className={headingClass}>
          {t('body.meetingLabel.decisions')}
        </Heading>
        {meeting.decisions.length === 0 ? (
          <p>{t('body.record.noDecisions')}</p>
        ) : (
          <ol className="list list--number">
            {meeting.decisions.map((decision, index) => (
              <li key={index}>{decision}</li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
