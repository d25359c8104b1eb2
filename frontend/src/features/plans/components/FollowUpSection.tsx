import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isIsoDate, todayIso } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, SelectField, TextAreaField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useAddFollowUp } from '../api/addFollowUp';
import { FOLLOW_UP_CHECKPOINTS, FOLLOW_UP_STATUSES, type FollowUpCheckpoint, type FollowUpStatus, type Plan } from '../model';

const FOLLOW_UP_FIELDS = ['checkpoint', 'status', 'observedOn', 'notes'] as const;
type FollowUpField = (typeof FOLLOW_UP_FIELDS)[number];
const fieldId = (field: FollowUpField) => `follow-up-${field}`;
const MONTHS: Record<FollowUpCheckpoint, number> = { EXIT: 0, MONTHS_3: 3, MONTHS_6: 6 };

/** The day a checkpoint falls on: the exit day, or 3 or 6 months later (as the API counts it). */
export function checkpointDay(exit: string, checkpoint: FollowUpCheckpoint): string {
  const [year, month, day] = exit.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + MONTHS[checkpoint], 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** What became of the person at exit, 3 and 6 months later: the lead records each once. */
export function FollowUpSection({ plan, canChange, onAnnounce }: { plan: Plan; canChange: boolean; onAnnounce: (message: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const add = useAddFollowUp(plan.id);
  const form = useFormErrors('followUp', FOLLOW_UP_FIELDS, fieldId, 'followUp.label');
  const [checkpoint, setCheckpoint] = useState('');
  const [status, setStatus] = useState('');
  const [observedOn, setObservedOn] = useState(todayIso());
  const [notes, setNotes] = useState('');
  const exit = plan.finishedOn;
  const recorded = new Map(plan.followUps.map((followUp) => [followUp.checkpoint, followUp]));
  const open = FOLLOW_UP_CHECKPOINTS.filter((item) => !recorded.has(item));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!checkpoint) errors.push({ field: 'checkpoint', code: 'required' });
    if (!status) errors.push({ field: 'status', code: 'required' });
    if (!isIsoDate(observedOn)) errors.push({ field: 'observedOn', code: observedOn ? 'not-a-date' : 'required' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    add.mutate(
      { checkpoint: checkpoint as FollowUpCheckpoint, status: status as FollowUpStatus, observedOn, notes: notes.trim() || null },
      {
        onSuccess: () => {
          onAnnounce(t('followUp.saved', { checkpoint: t(`followUp.checkpoint.${checkpoint as FollowUpCheckpoint}`) }));
          setCheckpoint('');
          setStatus('');
          setNotes('');
        },
        onError: (error) => form.show(submissionErrors(error, FOLLOW_UP_FIELDS, t)),
      },
    );
  };

  return (
    <section aria-labelledby="follow-up-heading" className="section">
      <h2 id="follow-up-heading" className="heading-m">
        {t('followUp.heading')}
      </h2>
      <p className="hint">{t('followUp.lead')}</p>
      {!exit ? (
        <p>{t('followUp.notFinished')}</p>
      ) : (
        <>
          <p>{t('followUp.exit', { date: formatDate(exit, language) })}</p>
          <table className="table">
            <caption className="table__caption visually-hidden">{t('followUp.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('followUp.column.checkpoint')}</th>
                <th scope="col">{t('followUp.column.due')}</th>
                <th scope="col">{t('followUp.column.status')}</th>
                <th scope="col">{t('followUp.column.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {FOLLOW_UP_CHECKPOINTS.map((item) => {
                const followUp = recorded.get(item);
                return (
                  <tr key={item}>
                    <th scope="row">{t(`followUp.checkpoint.${item}`)}</th>
                    <td>{formatDate(checkpointDay(exit, item), language)}</td>
                    <td>
                      {followUp ? (
                        <>
                          {t(`followUp.status.${followUp.status}`)}, {formatDate(followUp.observedOn, language)}
                          {followUp.notes && <> – {followUp.notes}</>}
                        </>
                      ) : (
                        <span className="hint">{t('followUp.notRecorded')}</span>
                      )}
                    </td>
                    <td>{followUp?.recordedBy}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {canChange && open.length > 0 && (
            <form className="form" onSubmit={submit} noValidate aria-busy={add.isPending} aria-labelledby="follow-up-form-heading">
              <h3 id="follow-up-form-heading" className="heading-s">
                {t('followUp.formHeading')}
              </h3>
              <ErrorSummary key={form.focusKey} items={form.summary} />
              <SelectField
                id={fieldId('checkpoint')}
                label={form.label('checkpoint')}
                error={form.errorText('checkpoint')}
                value={checkpoint}
                onChange={setCheckpoint}
                emptyLabel={t('followUp.chooseCheckpoint')}
                options={open.map((item) => ({ value: item, label: t(`followUp.checkpoint.${item}`) }))}
              />
              <SelectField
                id={fieldId('status')}
                label={form.label('status')}
                error={form.errorText('status')}
                value={status}
                onChange={setStatus}
                emptyLabel={t('followUp.chooseStatus')}
                options={FOLLOW_UP_STATUSES.map((item) => ({ value: item, label: t(`followUp.status.${item}`) }))}
              />
              <DateField id={fieldId('observedOn')} label={form.label('observedOn')} error={form.errorText('observedOn')} value={observedOn} onChange={setObservedOn} />
              <TextAreaField id={fieldId('notes')} label={form.label('notes')} error={form.errorText('notes')} value={notes} rows={2} onChange={setNotes} />
              <button type="submit" className="button" disabled={add.isPending}>
                {add.isPending ? t('common.saving') : t('followUp.save')}
              </button>
            </form>
          )}
          {!canChange && open.length > 0 && <p className="hint">{t('followUp.leadOnly', { name: plan.lead.name })}</p>}
        </>
      )}
    </section>
  );
}
