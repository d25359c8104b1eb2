import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_FIELDS, MeetingForm, toMeetingRequest, useMeetingFormErrors, validateMeeting, type MeetingValues } from '@/shared/body/MeetingForm';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { formatDate, todayIso } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { useAddRpwMeeting } from '../api/addRpwMeeting';
import type { RpwMember } from '../model';
import { useRpwMemberLabel } from './rpwMemberLabel';

/**
 * Plans a meeting of the RPW (date, place, agenda) or records one held: the attendance, minutes
 * and decisions can be filled in now or later on the meeting's page. Empties itself when saved.
 */
export function AddRpwMeeting({ voivodeship, members, onDone }: { voivodeship: string; members: RpwMember[]; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const add = useAddRpwMeeting(voivodeship);
  const memberLabel = useRpwMemberLabel();
  const form = useMeetingFormErrors('rpw-meeting', 'rpwMeeting');
  const empty: MeetingValues = { heldOn: todayIso(), place: '', agenda: '', attendance: [], minutes: '', decisions: '' };
  const [values, setValues] = useState<MeetingValues>(empty);
  const submit = () => {
    const errors = validateMeeting(values);
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    add.mutate(toMeetingRequest(values, members), {
      onSuccess: (saved) => {
        setValues(empty);
        onDone(t('rpw.meetingAdded', { date: formatDate(saved.heldOn, language), place: saved.place }));
      },
      onError: (error) => form.show(submissionErrors(error, MEETING_FIELDS, t)),
    });
  };
  return (
    <MeetingForm
      prefix="rpw-meeting"
      heading={t('rpw.addMeeting')}
      members={members}
      memberLabel={memberLabel}
      noMembersText={t('rpw.noMembersThen')}
      values={values}
      onChange={setValues}
      form={form}
      onSubmit={submit}
      submitting={add.isPending}
      submitLabel={t('rpw.addMeetingSubmit')}
    />
  );
}
