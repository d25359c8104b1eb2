import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ConflictNotice, useVersionConflict } from '@/shared/components/ConflictNotice';
import { formatDate, isIsoDate, todayIso } from '@/shared/format/dates';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField } from '@/shared/forms/fields';
import { useErrorMessage } from '@/shared/forms/formErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useRpw } from '../api/getRpw';
import { useUpdateRpwMember } from '../api/updateRpwMember';
import type { RpwMember } from '../model';
import { rpwMemberErrors } from './AddRpwMemberForm';

/**
 * Ends a membership in two steps: the last day, then a confirmation naming the person and the day
 * (the member leaves the attendance lists of later meetings). If-Match: the member's version.
 */
export function EndRpwMembership({ voivodeship, member, onDone }: { voivodeship: string; member: RpwMember; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const update = useUpdateRpwMember(voivodeship);
  const saved = useRpw(voivodeship);
  const { version, conflict, reload } = useVersionConflict(member.version);
  const [step, setStep] = useState<'closed' | 'date' | 'confirm'>('closed');
  const [toDate, setToDate] = useState(todayIso());
  const [error, setError] = useState<string | undefined>();
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const fieldId = `rpw-member-end-${member.id}`;
  const message = useErrorMessage('rpwMember');
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (step === 'confirm') confirmRef.current?.focus();
  }, [step]);

  if (step === 'closed') {
    return (
      <button type="button" className="button button--secondary button--small" onClick={() => setStep('date')}>
        {t('rpw.endMembership')}
        <span className="visually-hidden">: {member.personName}</span>
      </button>
    );
  }
  const chooseDate = (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(toDate) || toDate < member.fromDate) {
      setError(t('rpw.endDateInvalid', { date: formatDate(member.fromDate, language) }));
      return;
    }
    setError(undefined);
    setStep('confirm');
  };
  const confirm = () => {
    setServerErrors([]);
    update.mutate(
      {
        memberId: member.id,
        version,
        body: { personName: member.personName, institutionId: member.institution.id, representativeRole: member.representativeRole, chair: member.chair, fromDate: member.fromDate, toDate },
      },
      {
        onSuccess: () => onDone(t('rpw.membershipEnded', { name: member.personName, date: formatDate(toDate, language) })),
        onError: (failure) => {
          if (isApiError(failure, 412)) conflict.stale();
          else setServerErrors(rpwMemberErrors(failure, t).map((e) => message(e, t('rpw.lastDay'))));
          setStep('date');
        },
      },
    );
  };
  const cancel = () => {
    setStep('closed');
    setError(undefined);
    setServerErrors([]);
  };
  const summary = [...(error ? [{ targetId: fieldId, text: error }] : []), ...serverErrors.map((text) => ({ targetId: fieldId, text }))];
  if (step === 'confirm') {
    return (
      <div ref={confirmRef} className="confirm-panel" tabIndex={-1} role="group" aria-labelledby={`${fieldId}-confirm`}>
        <h3 id={`${fieldId}-confirm`} className="heading-s">
          {t('rpw.endConfirm', { name: member.personName, date: formatDate(toDate, language) })}
        </h3>
        <p>{t('rpw.endConfirmBody')}</p>
        <div className="button-group">
          <button type="button" className="button button--warning button--small" disabled={update.isPending} onClick={confirm}>
            {t('rpw.endConfirmSubmit')}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <form className="form form--inline" onSubmit={chooseDate} noValidate aria-label={t('rpw.endMembershipOf', { name: member.personName })}>
      <ConflictNotice
        level={3}
        state={conflict.state}
        reloading={conflict.reloading}
        onReload={() => void reload(async () => (await saved.refetch()).data?.members.find((item) => item.id === member.id))}
      />
      <ErrorSummary items={summary} />
      <DateField id={fieldId} label={t('rpw.lastDay')} error={error} value={toDate} onChange={setToDate} />
      <div className="button-group">
        <button type="submit" className="button button--small">
          {t('rpw.endMembershipNext')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
