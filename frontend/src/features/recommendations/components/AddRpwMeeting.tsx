import { useTranslation } from 'react-i18next';
import { emptyMeeting, MeetingForm, useMeetingEditor } from '@/shared/body/MeetingForm';
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
  const editor = useMeetingEditor('rpw-meeting', 'rpwMeeting', () => emptyMeeting(todayIso()));
  const submit = () =>
    editor.submit(members, (request) =>
      add.mutate(request, {
        onSuccess: (saved) => {
          editor.reset();
          onDone(t('rpw.meetingAdded', { date: formatDate(saved.heldOn, language), place: saved.place }));
        },
        onError: (error) => editor.failed(error),
      }),
    );
  return (
    <MeetingForm
      prefix="rpw-meeting"
      heading={t('rpw.addMeeting')}
      members={members}
      memberLabel={memberLabel}
      noMembersText={t('rpw.noMembersThen')}
      values={editor.values}
      onChange={editor.setValues}
      form={editor.form}
      onSubmit={submit}
      submitting={add.isPending}
      submitLabel={t('rpw.addMeetingSubmit')}
    />
  );
}
