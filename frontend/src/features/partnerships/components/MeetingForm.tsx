import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '@/shared/format/dates';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, DateField, Fieldset, TextAreaField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import type { ZslMeetingRequest } from '../api/addZslMeeting';
import type { ZslMeeting, ZslMember } from '../model';
import { usePartnershipLabels } from './labels';

export const MEETING_FIELDS = ['heldOn', 'place', 'agenda', 'attendance', 'minutes', 'decisions'] as const;
type MeetingField = (typeof MEETING_FIELDS)[number];

export interface MeetingValues {
  heldOn: string;
  place: string;
  agenda: string;
  attendance: string[];
  minutes: string;
  /** one decision a line */
  decisions: string;
}

export function meetingValuesOf(meeting: ZslMeeting): MeetingValues {
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
export function servingOn(members: ZslMember[], day: string): ZslMember[] {
  if (!isIsoDate(day)) return members;
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

export function toMeetingRequest(values: MeetingValues, members: ZslMember[]): ZslMeetingRequest {
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

export function useMeetingFormErrors(prefix: string) {
  return useFormErrors('zslMeeting', MEETING_FIELDS, (field: MeetingField) => `${prefix}-${field}`, 'partnerships.zsl.meetingLabel');
}
export type MeetingFormErrors = ReturnType<typeof useMeetingFormErrors>;

interface MeetingFormProps {
  /** prefix of the controls' ids: two meeting forms never share ids */
  prefix: string;
  heading: string;
  members: ZslMember[];
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
 * A meeting of the ZSL: date, place, agenda, attendance as a checkbox per member serving that
 * day, the minutes (protokół) and the decisions, one a line.
 */
export function MeetingForm({ prefix, heading, members, values, onChange, form, onSubmit, submitting, submitLabel, notice, onCancel }: MeetingFormProps) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
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
      <TextAreaField id={id('agenda')} label={form.label('agenda')} hint={t('partnerships.zsl.hint.agenda')} error={form.errorText('agenda')} value={values.agenda} rows={4} onChange={(value) => set('agenda', value)} />
      <Fieldset id={id('attendance')} legend={form.label('attendance')} hint={t('partnerships.zsl.hint.attendance')} error={form.errorText('attendance')}>
        {serving.length === 0 ? (
          <p>{t('partnerships.zsl.noMembersThen')}</p>
        ) : (
          serving.map((member, index) => (
            <Choice
              key={member.id}
              id={index === 0 ? id('attendance') : `${prefix}-attendance-${member.id}`}
              name={`${prefix}-attendance`}
              type="checkbox"
              value={member.id}
              label={`${member.personName} (${labels.zslRole(member.role)}, ${member.delegatedBy})`}
              checked={values.attendance.includes(member.id)}
              onChange={(checked) =>
                set('attendance', checked ? [...values.attendance, member.id] : values.attendance.filter((item) => item !== member.id))
              }
            />
          ))
        )}
      </Fieldset>
      <TextAreaField id={id('minutes')} label={form.label('minutes')} hint={t('partnerships.zsl.hint.minutes')} error={form.errorText('minutes')} value={values.minutes} rows={6} onChange={(value) => set('minutes', value)} />
      <TextAreaField id={id('decisions')} label={form.label('decisions')} hint={t('partnerships.zsl.hint.decisions')} error={form.errorText('decisions')} value={values.decisions} rows={4} onChange={(value) => set('decisions', value)} />
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
