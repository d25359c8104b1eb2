import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { isIsoDate } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, DateField, Fieldset, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';

/**
 * A meeting of a working body (the ZSL of a gmina, the RPW of a voivodeship): the API's
 * `BodyMeetingRequest`, the same form for both.
 */
export type BodyMeetingRequest = Schemas['BodyMeetingRequest'];

export const MEETING_FIELDS = ['heldOn', 'place', 'agenda', 'attendance', 'minutes', 'decisions'] as const;
type MeetingField = (typeof MEETING_FIELDS)[number];

/** What the form needs of a member of the body: who, and the days they serve. */
export interface BodyMember {
  id: string;
  personName: string;
  fromDate: string;
  toDate?: string | null;
}

export interface MeetingValues {
  heldOn: string;
  place: string;
  agenda: string;
  attendance: string[];
  minutes: string;
  /** one decision a line */
  decisions: string;
}

export function meetingValuesOf(meeting: { heldOn: string; place: string; agenda: string; attendance: { id: string }[]; minutes?: string | null; decisions: string[] }): MeetingValues {
  return {
    heldOn: meeting.heldOn,
    place: meeting.place,
    agenda: meeting.agenda,
    attendance: meeting.attendance.map((member) => member.id),
    minutes: meeting.minutes ?? '',
    decisions: meeting.decisions.join('\n'),
  };
}

/** Members serving on a day: from their first day, until their last (if any). */
export function servingOn<M extends BodyMember>(members: readonly M[], day: string): M[] {
  if (!isIsoDate(day)) return [...members];
  return members.filter((member) => member.fromDate <= day && (!member.toDate || member.toDate >= day));
}

export function validateMeeting(values: MeetingValues): FormError[] {
  const errors: FormError[] = [];
  if (!isIsoDate(values.heldOn)) errors.push({ field: 'heldOn', code: values.heldOn ? 'not-a-date' : 'required' });
  if (!values.place.trim()) errors.push({ field: 'place', code: 'required' });
  else if (values.place.length > 300) errors.push({ field: 'place', code: 'too-long', values: { max: 300 } });
  if (!values.agenda.trim()) errors.push({ field: 'agenda', code: 'required' });
  else if (values.agenda.length > 4000) errors.push({ field: 'agenda', code: 'too-long', values: { max: 4000 } });
  if (values.minutes.length > 20000) errors.push({ field: 'minutes', code: 'too-long', values: { max: 20000 } });
  const decisions = values.decisions.split('\n').map((line) => line.trim()).filter(Boolean);
  if (decisions.length > 50) errors.push({ field: 'decisions', code: 'too-many', values: { max: 50 } });
  if (decisions.some((line) => line.length > 2000)) errors.push({ field: 'decisions', code: 'line-too-long', values: { max: 2000 } });
  return errors;
}

export function toMeetingRequest(values: MeetingValues, members: readonly BodyMember[]): BodyMeetingRequest {
  const serving = new Set(servingOn(members, values.heldOn).map((member) => member.id));
  return {
    heldOn: values.heldOn,
    place: values.place.trim(),
    agenda: values.agenda.trim(),
    attendance: values.attendance.filter((id) => serving.has(id)),
    minutes: values.minutes.trim() || null,
    decisions: values.decisions.split('\n').map((line) => line.trim()).filter(Boolean),
  };
}

/** `form` names the body's messages (`validation.field.<form>.<field>.<code>`), e.g. `zslMeeting`, `rpwMeeting`. */
export function useMeetingFormErrors(prefix: string, form: string) {
  return useFormErrors(form, MEETING_FIELDS, (field: MeetingField) => `${prefix}-${field}`, 'body.meetingLabel');
}
export type MeetingFormErrors = ReturnType<typeof useMeetingFormErrors>;

/** The first and last day of a membership of a working body: the first required, the last (if any) not before it. */
export function tenureErrors(fromDate: string, toDate: string): FormError[] {
  const errors: FormError[] = [];
  if (!isIsoDate(fromDate)) errors.push({ field: 'fromDate', code: fromDate ? 'not-a-date' : 'required' });
  if (toDate && !isIsoDate(toDate)) errors.push({ field: 'toDate', code: 'not-a-date' });
  else if (toDate && isIsoDate(fromDate) && toDate < fromDate) errors.push({ field: 'toDate', code: 'date-order' });
  return errors;
}

type SubmissionErrors = typeof submissionErrors;

/**
 * The values and errors of a meeting form and its submission: the values are checked first (the
 * errors shown, nothing sent), then `save` gets the request; `failed` shows the API's errors at
 * the fields, or hands a stale version (412) to `onStale`.
 */
export function useMeetingEditor(prefix: string, formName: string, initial: () => MeetingValues, errorsOf: SubmissionErrors = submissionErrors) {
  const { t } = useTranslation();
  const form = useMeetingFormErrors(prefix, formName);
  const [values, setValues] = useState<MeetingValues>(initial);
  return {
    form,
    values,
    setValues,
    reset: () => setValues(initial()),
    submit: (members: readonly BodyMember[], save: (request: BodyMeetingRequest) => void) => {
      const errors = validateMeeting(values);
      if (errors.length > 0) {
        form.show(errors);
        return;
      }
      form.clear();
      save(toMeetingRequest(values, members));
    },
    failed: (error: unknown, onStale?: () => void) => {
      if (onStale && isApiError(error, 412)) onStale();
      else form.show(errorsOf(error, MEETING_FIELDS, t));
    },
  };
}

/** A meeting planned today, nothing filled in yet. */
export function emptyMeeting(today: string): MeetingValues {
  return { heldOn: today, place: '', agenda: '', attendance: [], minutes: '', decisions: '' };
}

interface MeetingFormProps<M extends BodyMember> {
  /** prefix of the controls' ids: two meeting forms never share ids */
  prefix: string;
  heading: string;
  members: readonly M[];
  /** how a member is named beside their checkbox (name, role, who delegated them) */
  memberLabel: (member: M) => string;
  /** said when nobody served on the chosen day */
  noMembersText: string;
  values: MeetingValues;
  onChange: (values: MeetingValues) => void;
  form: MeetingFormErrors;
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  notice?: ReactNode;
  onCancel?: () => void;
}

/**
 * A meeting of a working body: date, place, agenda, attendance as a checkbox per member serving
 * that day, the minutes (protokół) and the decisions, one a line.
 */
export function MeetingForm<M extends BodyMember>({ prefix, heading, members, memberLabel, noMembersText, values, onChange, form, onSubmit, submitting, submitLabel, notice, onCancel }: MeetingFormProps<M>) {
  const { t } = useTranslation();
  const id = (field: MeetingField) => `${prefix}-${field}`;
  const serving = servingOn(members, values.heldOn);
  const set = <K extends keyof MeetingValues>(field: K, value: MeetingValues[K]) => onChange({ ...values, [field]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-heading`} aria-busy={submitting}>
      <h3 id={`${prefix}-heading`} className="heading-s">
        {heading}
      </h3>
      {notice}
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <DateField id={id('heldOn')} label={form.label('heldOn')} error={form.errorText('heldOn')} value={values.heldOn} onChange={(value) => set('heldOn', value)} />
      <TextField id={id('place')} label={form.label('place')} error={form.errorText('place')} value={values.place} width="two-thirds" onChange={(value) => set('place', value)} />
      <TextAreaField id={id('agenda')} label={form.label('agenda')} hint={t('body.meetingHint.agenda')} error={form.errorText('agenda')} value={values.agenda} rows={4} onChange={(value) => set('agenda', value)} />
      <Fieldset id={id('attendance')} legend={form.label('attendance')} hint={t('body.meetingHint.attendance')} error={form.errorText('attendance')}>
        {serving.length === 0 ? (
          <p>{noMembersText}</p>
        ) : (
          serving.map((member, index) => (
            <Choice
              key={member.id}
              id={index === 0 ? id('attendance') : `${prefix}-attendance-${member.id}`}
              name={`${prefix}-attendance`}
              type="checkbox"
              value={member.id}
              label={memberLabel(member)}
              checked={values.attendance.includes(member.id)}
              onChange={(checked) => set('attendance', checked ? [...values.attendance, member.id] : values.attendance.filter((item) => item !== member.id))}
            />
          ))
        )}
      </Fieldset>
      <TextAreaField id={id('minutes')} label={form.label('minutes')} hint={t('body.meetingHint.minutes')} error={form.errorText('minutes')} value={values.minutes} rows={6} onChange={(value) => set('minutes', value)} />
      <TextAreaField id={id('decisions')} label={form.label('decisions')} hint={t('body.meetingHint.decisions')} error={form.errorText('decisions')} value={values.decisions} rows={4} onChange={(value) => set('decisions', value)} />
      <div className="button-group">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
