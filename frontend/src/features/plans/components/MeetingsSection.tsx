import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isIsoDate, todayIso } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useAddMeeting } from '../api/addMeeting';
import type { Plan } from '../model';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useCloseOnEscape, useOnDemand } from './onDemand';

const MEETING_FIELDS = ['heldOn', 'attendees', 'notes'] as const;
type MeetingField = (typeof MEETING_FIELDS)[number];
const fieldId = (field: MeetingField) => `meeting-${field}`;

/** Meetings with the person (the PUP's 30-day clock counts from its last one); any team institution records its own. */
export function MeetingsSection({ plan, onAnnounce }: { plan: Plan; onAnnounce: (message: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const add = useAddMeeting(plan.id);
  const { open: adding, show: startAdding, close: stopAdding, buttonRef: addButton } = useOnDemand();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useCloseOnEscape(formRef, stopAdding, adding);
  useEffect(() => {
    if (adding) headingRef.current?.focus();
  }, [adding]);
  const [heldOn, setHeldOn] = useState(todayIso());
  const [attendees, setAttendees] = useState('');
  const [notes, setNotes] = useState('');
  const form = useFormErrors('meeting', MEETING_FIELDS, fieldId, 'meeting.label');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!isIsoDate(heldOn)) errors.push({ field: 'heldOn', code: heldOn ? 'not-a-date' : 'required' });
    if (!attendees.trim()) errors.push({ field: 'attendees', code: 'NotBlank' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    add.mutate(
      { heldOn, attendees: attendees.trim(), notes: notes.trim() || null },
      {
        onSuccess: () => {
          setAttendees('');
          setNotes('');
          stopAdding();
          onAnnounce(t('meeting.added'));
        },
        onError: (error) => form.show(submissionErrors(error, MEETING_FIELDS, t)),
      },
    );
  };

  return (
    <section aria-labelledby="meetings-heading" className="section">
      <h2 id="meetings-heading" className="heading-m">
        {t('meeting.heading')}
      </h2>
      {plan.meetings.length === 0 ? (
        <p>{t('meeting.none')}</p>
      ) : (
        <ul className="list list--bullet">
          {plan.meetings.map((meeting) => (
            <li key={meeting.id}>
              <strong>{formatDate(meeting.heldOn, language)}</strong>, {meeting.institution.name}: {meeting.attendees}
              {meeting.notes && <> – {meeting.notes}</>}
            </li>
          ))}
        </ul>
      )}
      {!plan.restricted &&
        (adding ? (
      <form className="form" ref={formRef} onSubmit={submit} noValidate aria-busy={add.isPending} aria-labelledby="add-meeting-heading">
        <h3 id="add-meeting-heading" ref={headingRef} tabIndex={-1} className="heading-s">
          {t('meeting.addHeading')}
        </h3>
        <ErrorSummary key={form.focusKey} items={form.summary} />
        <DateField id={fieldId('heldOn')} label={form.label('heldOn')} error={form.errorText('heldOn')} value={heldOn} onChange={setHeldOn} />
        <TextField id={fieldId('attendees')} label={form.label('attendees')} error={form.errorText('attendees')} value={attendees} width="two-thirds" onChange={setAttendees} />
        <TextAreaField id={fieldId('notes')} label={form.label('notes')} error={form.errorText('notes')} value={notes} rows={3} onChange={setNotes} />
        <div className="button-group">
            <button type="submit" className="button" disabled={add.isPending}>
              {add.isPending ? t('common.saving') : t('meeting.add')}
            </button>
            <button type="button" className="button button--secondary" onClick={stopAdding}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
        ) : (
          <button ref={addButton} type="button" className="button button--secondary" onClick={startAdding}>
            {t('planPage.addMeeting')}
          </button>
        ))}
    </section>
  );
}
