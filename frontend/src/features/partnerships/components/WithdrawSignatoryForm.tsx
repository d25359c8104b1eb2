import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ConflictNotice } from '@/shared/components/ConflictNotice';
import { WarningText } from '@/shared/components/WarningText';
import { isIsoDate, todayIso } from '@/shared/format/dates';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, TextAreaField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useWithdrawSignatory, type WithdrawalResponse } from '../api/withdrawSignatory';
import type { Partnership, Signatory } from '../model';
import { partnershipSubmissionErrors } from './submissionErrors';
import { useSignatoryVersion } from './useSignatoryVersion';

const WITHDRAW_FIELDS = ['reason', 'withdrawnOn'] as const;
type WithdrawField = (typeof WITHDRAW_FIELDS)[number];
const withdrawFieldId = (field: WithdrawField) => `withdraw-${field}`;

interface WithdrawSignatoryFormProps {
  partnership: Partnership;
  signatory: Signatory;
  onWithdrawn: (result: WithdrawalResponse) => void;
  onCancel: () => void;
}

/**
 * A joined signatory leaves: the reason and the day. Warns before the withdrawal that dissolves
 * the partnership (the last three of an active Pakt, either party of an agreement).
 */
export function WithdrawSignatoryForm({ partnership, signatory, onWithdrawn, onCancel }: WithdrawSignatoryFormProps) {
  const { t } = useTranslation();
  const withdraw = useWithdrawSignatory(partnership.id);
  const { version, conflict, reload } = useSignatoryVersion(partnership.id, signatory);
  const fieldId = withdrawFieldId;
  const form = useFormErrors('withdrawal', WITHDRAW_FIELDS, fieldId, 'partnerships.signatories.withdrawLabel');
  const [reason, setReason] = useState('');
  const [withdrawnOn, setWithdrawnOn] = useState(todayIso());
  // the last three of an active Pakt: this withdrawal dissolves it (§ 5 ust. 3)
  const dissolves =
    partnership.status === 'ACTIVE' && (partnership.kind === 'COOPERATION_AGREEMENT' || partnership.joinedSignatories <= 3);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!reason.trim()) errors.push({ field: 'reason', code: 'required' });
    if (!isIsoDate(withdrawnOn)) errors.push({ field: 'withdrawnOn', code: withdrawnOn ? 'not-a-date' : 'required' });
    else if (withdrawnOn > todayIso()) errors.push({ field: 'withdrawnOn', code: 'future' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    withdraw.mutate(
      { signatoryId: signatory.id, version, body: { reason: reason.trim(), withdrawnOn } },
      {
        onSuccess: onWithdrawn,
        onError: (error) => (isApiError(error, 412) ? conflict.stale() : form.show(partnershipSubmissionErrors(error, WITHDRAW_FIELDS, t))),
      },
    );
  };

  return (
    <form className="form confirm-panel" onSubmit={submit} noValidate aria-labelledby="withdraw-heading" aria-busy={withdraw.isPending}>
      <h3 id="withdraw-heading" className="heading-s">
        {t('partnerships.signatories.withdrawHeading', { name: signatory.displayName })}
      </h3>
      <p className="hint">{t('partnerships.signatories.withdrawHint')}</p>
      {dissolves && (
        <WarningText>
          {partnership.kind === 'PACT' ? t('partnerships.signatories.withdrawDissolvesPact') : t('partnerships.signatories.withdrawDissolvesAgreement')}
        </WarningText>
      )}
      <ConflictNotice level={4} state={conflict.state} reloading={conflict.reloading} onReload={() => void reload()} />
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <TextAreaField id={fieldId('reason')} label={form.label('reason')} error={form.errorText('reason')} value={reason} rows={3} onChange={setReason} />
      <DateField id={fieldId('withdrawnOn')} label={form.label('withdrawnOn')} hint={t('partnerships.signatories.hint.withdrawnOn')} error={form.errorText('withdrawnOn')} value={withdrawnOn} onChange={setWithdrawnOn} />
      <div className="button-group">
        <button type="submit" className="button button--warning" disabled={withdraw.isPending}>
          {t('partnerships.signatories.withdrawSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
