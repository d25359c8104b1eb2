import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { isIsoDate, todayIso } from '@/shared/format/dates';
import { DateField } from '@/shared/forms/fields';
import { useZsl } from '../api/getZsl';
import { useUpdateZslMember } from '../api/updateZslMember';
import type { ZslMember } from '../model';

/** Ends a membership: the member's record with a last day (If-Match: the member's version). */
export function EndZslMembership({ partnershipId, member, onDone }: { partnershipId: string; member: ZslMember; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const update = useUpdateZslMember(partnershipId);
  const saved = useZsl(partnershipId);
  const { version, conflict, reload } = useVersionConflict(member.version);
  const [open, setOpen] = useState(false);
  const [toDate, setToDate] = useState(todayIso());
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
        level={3}
        state={conflict.state}
        reloading={conflict.reloading}
        onReload={() => void reload(async () => (await saved.refetch()).data?.members.find((item) => item.id === member.id))}
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
