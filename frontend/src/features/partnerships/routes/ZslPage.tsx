import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag } from '@/shared/components/Tag';
import { formatDate, isIsoDate, todayIso } from '@/shared/format/dates';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, SelectField, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useAddZslMeeting } from '../api/addZslMeeting';
import { useAddZslMember } from '../api/addZslMember';
import { useZslMinutes } from '../api/downloadZslMinutes';
import { useZsl } from '../api/getZsl';
import { useSignatories } from '../api/listSignatories';
import { useUpdateZsl } from '../api/updateZsl';
import { useUpdateZslMember } from '../api/updateZslMember';
import { ConflictNotice, useConflict } from '@/shared/components/ConflictNotice';
import { DownloadButton } from '../components/DownloadButton';
import { InstitutionPicker } from '@/shared/directory/InstitutionPicker';
import { usePartnershipLabels } from '../components/labels';
import { MEETING_FIELDS, MeetingForm, toMeetingRequest, useMeetingFormErrors, validateMeeting, type MeetingValues } from '../components/MeetingForm';
import { PartnershipFrame } from '../components/PartnershipFrame';
import { partnershipSubmissionErrors } from '../components/submissionErrors';
import { ZSL_INITIATORS, ZSL_ROLES, type Partnership, type Zsl, type ZslInitiator, type ZslMember, type ZslRole } from '../model';

const ZSL_FIELDS = ['initiatorKind', 'initiatorName', 'initiatorInstitutionId', 'establishedOn'] as const;
type ZslField = (typeof ZSL_FIELDS)[number];

function ZslEditForm({ partnershipId, zsl, onDone, onCancel }: { partnershipId: string; zsl: Zsl; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const update = useUpdateZsl(partnershipId);
  const reload = useZsl(partnershipId);
  const conflict = useConflict();
  const form = useFormErrors('zsl', ZSL_FIELDS, (field: ZslField) => `zsl-${field}`, 'partnerships.zsl.label');
  const [version, setVersion] = useState(zsl.version);
  const [values, setValues] = useState({
    initiatorKind: zsl.initiatorKind ?? '',
    initiatorName: zsl.initiatorName ?? '',
    initiatorInstitutionId: zsl.initiatorInstitution?.id ?? '',
    establishedOn: zsl.establishedOn ?? '',
  });
  const set = (field: ZslField, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (values.establishedOn && !isIsoDate(values.establishedOn)) errors.push({ field: 'establishedOn', code: 'not-a-date' });
    if (values.initiatorName.length > 300) errors.push({ field: 'initiatorName', code: 'too-long', values: { max: 300 } });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    update.mutate(
      {
        version,
        body: {
          initiatorKind: (values.initiatorKind || null) as ZslInitiator | null,
          initiatorName: values.initiatorName.trim() || null,
          initiatorInstitutionId: values.initiatorInstitutionId || null,
          establishedOn: values.establishedOn || null,
        },
      },
      {
        onSuccess: () => onDone(t('partnerships.zsl.savedTeam')),
        onError: (error) => (isApiError(error, 412) ? conflict.stale() : form.show(partnershipSubmissionErrors(error, ZSL_FIELDS, t))),
      },
    );
  };
  return (
    <form className="form confirm-panel" onSubmit={submit} noValidate aria-labelledby="zsl-edit-heading" aria-busy={update.isPending}>
      <h3 id="zsl-edit-heading" className="heading-s">
        {t('partnerships.zsl.editTeam')}
      </h3>
      <ConflictNotice
        state={conflict.state}
        reloading={conflict.reloading}
        onReload={() =>
          void conflict.reload(async () => {
            const fresh = (await reload.refetch()).data;
            if (fresh) setVersion(fresh.version);
          })
        }
      />
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <SelectField
        id="zsl-initiatorKind"
        label={form.label('initiatorKind')}
        hint={t('partnerships.zsl.hint.initiatorKind')}
        error={form.errorText('initiatorKind')}
        value={values.initiatorKind}
        emptyLabel={t('partnerships.zsl.notRecorded')}
        options={ZSL_INITIATORS.map((kind) => ({ value: kind, label: labels.zslInitiator(kind) }))}
        onChange={(value) => set('initiatorKind', value)}
      />
      <TextField id="zsl-initiatorName" label={form.label('initiatorName')} hint={t('partnerships.zsl.hint.initiatorName')} error={form.errorText('initiatorName')} value={values.initiatorName} width="two-thirds" onChange={(value) => set('initiatorName', value)} />
      {values.initiatorKind === 'DESIGNATED_REPRESENTATIVE' && (
        <InstitutionPicker id="zsl-initiatorInstitutionId" label={form.label('initiatorInstitutionId')} error={form.errorText('initiatorInstitutionId')} value={values.initiatorInstitutionId} onChange={(value) => set('initiatorInstitutionId', value)} />
      )}
      <DateField id="zsl-establishedOn" label={form.label('establishedOn')} error={form.errorText('establishedOn')} value={values.establishedOn} onChange={(value) => set('establishedOn', value)} />
      <div className="button-group">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('partnerships.zsl.saveTeam')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

const MEMBER_FIELDS = ['personName', 'signatoryId', 'role', 'fromDate', 'toDate'] as const;
type MemberField = (typeof MEMBER_FIELDS)[number];

function AddMemberForm({ partnership, onDone }: { partnership: Partnership; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const add = useAddZslMember(partnership.id);
  const signatories = useSignatories(partnership.id);
  const form = useFormErrors('zslMember', MEMBER_FIELDS, (field: MemberField) => `member-${field}`, 'partnerships.zsl.memberLabel');
  const empty = { personName: '', signatoryId: '', role: 'MEMBER', fromDate: todayIso(), toDate: '' };
  const [values, setValues] = useState(empty);
  const set = (field: MemberField, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const joined = (signatories.data ?? []).filter((signatory) => signatory.status === 'JOINED');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!values.personName.trim()) errors.push({ field: 'personName', code: 'required' });
    if (!values.signatoryId) errors.push({ field: 'signatoryId', code: 'required' });
    if (!isIsoDate(values.fromDate)) errors.push({ field: 'fromDate', code: values.fromDate ? 'not-a-date' : 'required' });
    if (values.toDate && !isIsoDate(values.toDate)) errors.push({ field: 'toDate', code: 'not-a-date' });
    else if (values.toDate && isIsoDate(values.fromDate) && values.toDate < values.fromDate) errors.push({ field: 'toDate', code: 'date-order' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    add.mutate(
      { personName: values.personName.trim(), signatoryId: values.signatoryId, role: values.role as ZslRole, fromDate: values.fromDate, toDate: values.toDate || null },
      {
        onSuccess: () => {
          setValues(empty);
          onDone(t('partnerships.zsl.memberAdded', { name: values.personName.trim() }));
        },
        onError: (error) => form.show(partnershipSubmissionErrors(error, MEMBER_FIELDS, t)),
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="add-member-heading" aria-busy={add.isPending}>
      <h3 id="add-member-heading" className="heading-s">
        {t('partnerships.zsl.addMember')}
      </h3>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <TextField id="member-personName" label={form.label('personName')} error={form.errorText('personName')} value={values.personName} width="two-thirds" autoComplete="off" onChange={(value) => set('personName', value)} />
      <SelectField
        id="member-signatoryId"
        label={form.label('signatoryId')}
        hint={t('partnerships.zsl.hint.signatoryId')}
        error={form.errorText('signatoryId')}
        value={values.signatoryId}
        emptyLabel={t('partnerships.zsl.chooseSignatory')}
        options={joined.map((signatory) => ({ value: signatory.id, label: signatory.displayName }))}
        onChange={(value) => set('signatoryId', value)}
      />
      <SelectField id="member-role" label={form.label('role')} error={form.errorText('role')} value={values.role} options={ZSL_ROLES.map((role) => ({ value: role, label: labels.zslRole(role) }))} onChange={(value) => set('role', value)} />
      <div className="date-pair">
        <DateField id="member-fromDate" label={form.label('fromDate')} error={form.errorText('fromDate')} value={values.fromDate} onChange={(value) => set('fromDate', value)} />
        <DateField id="member-toDate" label={form.label('toDate')} hint={t('partnerships.zsl.hint.toDate')} error={form.errorText('toDate')} value={values.toDate} onChange={(value) => set('toDate', value)} />
      </div>
      <button type="submit" className="button button--secondary" disabled={add.isPending}>
        {t('partnerships.zsl.addMemberSubmit')}
      </button>
    </form>
  );
}

/** Ends a membership: the member's record with a last day (If-Match: the member's version). */
function EndMembership({ partnershipId, member, onDone }: { partnershipId: string; member: ZslMember; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const update = useUpdateZslMember(partnershipId);
  const reload = useZsl(partnershipId);
  const conflict = useConflict();
  const [open, setOpen] = useState(false);
  const [toDate, setToDate] = useState(todayIso());
  const [version, setVersion] = useState(member.version);
  const [error, setError] = useState<string | undefined>();
  if (!open) {
    return (
      <button type="button" className="button button--secondary button--small" onClick={() => setOpen(true)}>
        {t('partnerships.zsl.endMembership')}
        <span className="visually-hidden">: {member.personName}</span>
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(toDate) || toDate < member.fromDate) {
      setError(t('partnerships.zsl.endDateInvalid'));
      return;
    }
    setError(undefined);
    update.mutate(
      { memberId: member.id, version, body: { personName: member.personName, signatoryId: member.signatoryId, role: member.role, fromDate: member.fromDate, toDate } },
      { onSuccess: () => onDone(t('partnerships.zsl.membershipEnded', { name: member.personName })), onError: (failure) => (isApiError(failure, 412) ? conflict.stale() : undefined) },
    );
  };
  return (
    <form className="form form--inline" onSubmit={submit} noValidate aria-label={t('partnerships.zsl.endMembershipOf', { name: member.personName })}>
      <ConflictNotice
        state={conflict.state}
        reloading={conflict.reloading}
        onReload={() =>
          void conflict.reload(async () => {
            const fresh = (await reload.refetch()).data?.members.find((item) => item.id === member.id);
            if (fresh) setVersion(fresh.version);
          })
        }
      />
      <DateField id={`member-end-${member.id}`} label={t('partnerships.zsl.lastDay')} error={error} value={toDate} onChange={setToDate} />
      {update.isError && !isApiError(update.error, 412) && <ApiErrorMessage error={update.error} />}
      <div className="button-group">
        <button type="submit" className="button button--small" disabled={update.isPending}>
          {t('partnerships.zsl.endMembershipSubmit')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function AddMeeting({ partnershipId, members, onDone }: { partnershipId: string; members: ZslMember[]; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const add = useAddZslMeeting(partnershipId);
  const form = useMeetingFormErrors('meeting');
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
      values={values}
      onChange={setValues}
      form={form}
      onSubmit={submit}
      submitting={add.isPending}
      submitLabel={t('partnerships.zsl.addMeetingSubmit')}
    />
  );
}

function ZslContent({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = usePartnershipLabels();
  const query = useZsl(partnership.id);
  const minutes = useZslMinutes(partnership.id);
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const zsl = query.data;
  const canManage = zsl?.canManage === true && partnership.status !== 'DISSOLVED';

  return (
    <>
      <p role="status" className="live-announcement">
        {announcement}
      </p>
      <p className="lead lead--s">{t('partnerships.zsl.lead')}</p>
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {zsl && (
        <>
          <section aria-labelledby="zsl-team-heading" className="section">
            <h2 id="zsl-team-heading" className="heading-m">
              {t('partnerships.zsl.teamHeading')}
            </h2>
            <SummaryList>
              <SummaryRow term={t('partnerships.zsl.label.initiatorKind')}>{zsl.initiatorKind ? labels.zslInitiator(zsl.initiatorKind) : null}</SummaryRow>
              <SummaryRow term={t('partnerships.zsl.label.initiatorName')}>{zsl.initiatorName}</SummaryRow>
              {zsl.initiatorInstitution && <SummaryRow term={t('partnerships.zsl.label.initiatorInstitutionId')}>{zsl.initiatorInstitution.name}</SummaryRow>}
              <SummaryRow term={t('partnerships.zsl.label.establishedOn')}>{zsl.establishedOn ? formatDate(zsl.establishedOn, language) : null}</SummaryRow>
            </SummaryList>
            {canManage && !editing && (
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                {t('partnerships.zsl.editTeam')}
              </button>
            )}
            {editing && (
              <ZslEditForm
                partnershipId={partnership.id}
                zsl={zsl}
                onCancel={() => setEditing(false)}
                onDone={(message) => {
                  setEditing(false);
                  setAnnouncement(message);
                }}
              />
            )}
          </section>

          <section aria-labelledby="zsl-members-heading" className="section">
            <h2 id="zsl-members-heading" className="heading-m">
              {t('partnerships.zsl.membersHeading')}
            </h2>
            <p>{t('partnerships.zsl.membersCount', { count: zsl.members.filter((member) => member.active).length })}</p>
            {zsl.members.length > 0 && (
              <div className="table-scroll" role="region" aria-labelledby="zsl-members-caption" tabIndex={0}>
                <table className="table table--compact">
                  <caption id="zsl-members-caption" className="visually-hidden">
                    {t('partnerships.zsl.membersCaption')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('partnerships.zsl.column.person')}</th>
                      <th scope="col">{t('partnerships.zsl.column.delegatedBy')}</th>
                      <th scope="col">{t('partnerships.zsl.column.role')}</th>
                      <th scope="col">{t('partnerships.zsl.column.period')}</th>
                      {canManage && <th scope="col">{t('partnerships.zsl.column.actions')}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {zsl.members.map((member) => (
                      <tr key={member.id}>
                        <th scope="row">{member.personName}</th>
                        <td>{member.delegatedBy}</td>
                        <td>{labels.zslRole(member.role)}</td>
                        <td>
                          {member.toDate
                            ? t('partnerships.zsl.fromTo', { from: formatDate(member.fromDate, language), to: formatDate(member.toDate, language) })
                            : t('partnerships.zsl.since', { from: formatDate(member.fromDate, language) })}{' '}
                          {member.active ? <Tag variant="green">{t('partnerships.zsl.serving')}</Tag> : <Tag variant="grey">{t('partnerships.zsl.notServing')}</Tag>}
                        </td>
                        {canManage && <td>{member.active && !member.toDate && <EndMembership partnershipId={partnership.id} member={member} onDone={setAnnouncement} />}</td>}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {canManage && <AddMemberForm partnership={partnership} onDone={setAnnouncement} />}
          </section>

          <section aria-labelledby="zsl-meetings-heading" className="section">
            <h2 id="zsl-meetings-heading" className="heading-m">
              {t('partnerships.zsl.meetingsHeading')}
            </h2>
            {zsl.meetings.length === 0 ? (
              <p>{t('partnerships.zsl.noMeetings')}</p>
            ) : (
              <ul className="list meeting-list">
                {zsl.meetings.map((meeting) => (
                  <li key={meeting.id} className="meeting-list__item">
                    <h3 className="heading-s">
                      <Link to={links.zslMeeting(partnership.id, meeting.id)}>
                        {t('partnerships.zsl.meetingTitle', { date: formatDate(meeting.heldOn, language), place: meeting.place })}
                      </Link>
                    </h3>
                    <p className="secondary-text">
                      {t('partnerships.zsl.present', { count: meeting.present })} · {t('partnerships.zsl.decisionsCount', { count: meeting.decisions })}
                    </p>
                    <DownloadButton small onDownload={() => minutes.mutateAsync(meeting.id)}>
                      {t('partnerships.zsl.minutesPdf')}
                      <span className="visually-hidden"> – {t('partnerships.zsl.meetingTitle', { date: formatDate(meeting.heldOn, language), place: meeting.place })}</span>
                    </DownloadButton>
                  </li>
                ))}
              </ul>
            )}
            {canManage && <AddMeeting partnershipId={partnership.id} members={zsl.members} onDone={setAnnouncement} />}
          </section>
        </>
      )}
    </>
  );
}

/** The Zespół Synergii Lokalnej: who initiated it, members delegated by signatories, meetings with minutes. */
export function ZslPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <PartnershipFrame id={id} heading={t('partnerships.zsl.title')}>
      {(partnership) => <ZslContent partnership={partnership} />}
    </PartnershipFrame>
  );
}
