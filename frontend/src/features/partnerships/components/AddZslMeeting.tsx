import { useTranslation } from 'react-i18next';
import { emptyMeeting, MeetingForm, useMeetingEditor } from '@/shared/body/MeetingForm';
import { todayIso } from '@/shared/format/dates';
import { useAddZslMeeting } from '../api/addZslMeeting';
import type { ZslMember } from '../model';
import { usePartnershipLabels } from './labels';
import { partnershipSubmissionErrors } from './submissionErrors';

/** Records a ZSL meeting: attendance from the members serving that day, minutes and decisions; empties itself when saved. */
export function AddZslMeeting({ partnershipId, members, onDone }: { partnershipId: string; members: ZslMember[]; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const add = useAddZslMeeting(partnershipId);
  const editor = useMeetingEditor('meeting', 'zslMeeting', () => emptyMeeting(todayIso()), partnershipSubmissionErrors);
  const submit = () =>
    editor.submit(members, (request) =>
      add.mutate(request, {
        onSuccess: (saved) => {
          editor.reset();
          onDone(t('partnerships.zsl.meetingAdded', { place: saved.place }));
        },
        onError: (error) => editor.failed(error),
      }),
    );
  return (
    <MeetingForm
      prefix="meeting"
      heading={t('partnerships.zsl.addMeeting')}
      members={members}
      memberLabel={(member) => `${member.personName} (${labels.zslRole(member.role)}, ${member.delegatedBy})`}
      noMembersText={t('partnerships.zsl.noMembersThen')}
      values={editor.values}
      onChange={editor.setValues}
      form={editor.form}
      onSubmit={submit}
      submitting={add.isPending}
      submitLabel={t('partnerships.zsl.addMeetingSubmit')}
    />
  );
}
