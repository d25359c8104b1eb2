import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@/shared/format/dates';
import { useAddZslMeeting } from '../api/addZslMeeting';
import type { ZslMember } from '../model';
import { MEETING_FIELDS, MeetingForm, toMeetingRequest, useMeetingFormErrors, validateMeeting, type MeetingValues } from '@/shared/body/MeetingForm';
import { usePartnershipLabels } from './labels';
import { partnershipSubmissionErrors } from './submissionErrors';

/** Records a ZSL meeting: attendance from the members serving that day, minutes and decisions; empties itself when saved. */
export function AddZslMeeting({ partnershipId, members, onDone }: { partnershipId: string; members: ZslMember[]; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const add = useAddZslMeeting(partnershipId);
  const labels = usePartnershipLabels();
  const form = useMeetingFormErrors('meeting', 'zslMeeting');
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
        onDone(t('partnerships.zsl.meetingAdded', { place: saved.place }));
      },
      onError: (error) => form.show(partnershipSubmissionErrors(error, MEETING_FIELDS, t)),
    });
  };
  return (
    <MeetingForm
      prefix="meeting"
      heading={t('partnerships.zsl.addMeeting')}
      members={members}
      memberLabel={(member) => `${member.personName} (${labels.zslRole(member.role)}, ${member.delegatedBy})`}
      noMembersText={t('partnerships.zsl.noMembersThen')}
      values={values}
      onChange={setValues}
      form={form}
      onSubmit={submit}
      submitting={add.isPending}
      submitLabel={t('partnerships.zsl.addMeetingSubmit')}
    />
  );
}
