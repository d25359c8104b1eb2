import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/shared/api/types';
import { formatDate, isIsoDate, todayIso } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { DateField, SelectField, TextAreaField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useAddOutcome } from '../api/addOutcome';
import type { Plan } from '../model';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useCloseOnEscape, useOnDemand } from './onDemand';

const OUTCOME_KINDS: readonly Schemas['OutcomeKind'][] = ['JOB_TAKEN', 'TRAINING_COMPLETED', 'LEFT_PROGRAMME', 'MOVED_TO_CIS', 'MOVED_TO_KIS', 'SOCIAL_COOPERATIVE_JOINED', 'OTHER'];
const OUTCOME_FIELDS = ['kind', 'occurredOn', 'notes'] as const;
type OutcomeField = (typeof OUTCOME_FIELDS)[number];
const fieldId = (field: OutcomeField) => `outcome-${field}`;

/** What the plan achieved for the person; recorded by the lead institution. */
export function OutcomesSection({ plan, onAnnounce }: { plan: Plan; onAnnounce: (message: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const add = useAddOutcome(plan.id);
  const { open: adding, show: startAdding, close: stopAdding, buttonRef: addButton } = useOnDemand();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useCloseOnEscape(formRef, stopAdding, adding);
  useEffect(() => {
    if (adding) headingRef.current?.focus();
  }, [adding]);
  const [kind, setKind] = useState('');
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [notes, setNotes] = useState('');
  const form = useFormErrors('outcome', OUTCOME_FIELDS, fieldId, 'outcome.label');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!kind) errors.push({ field: 'kind', code: 'required' });
    if (!isIsoDate(occurredOn)) errors.push({ field: 'occurredOn', code: occurredOn ? 'not-a-date' : 'required' });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    add.mutate(
      { kind: kind as Schemas['OutcomeKind'], occurredOn, notes: notes.trim() || null },
      {
        onSuccess: () => {
          setKind('');
          setNotes('');
          stopAdding();
          onAnnounce(t('outcome.added'));
        },
        onError: (error) => form.show(submissionErrors(error, OUTCOME_FIELDS, t)),
      },
    );
  };

  return (
    <section aria-labelledby="outcomes-heading" className="section">
      <h2 id="outcomes-heading" className="heading-m">
        {t('outcome.heading')}
      </h2>
      {plan.outcomes.length === 0 ? (
        <p>{t('outcome.none')}</p>
      ) : (
        <ul className="list list--bullet">
          {plan.outcomes.map((outcome) => (
            <li key={outcome.id}>
              <strong>{t(`outcomeKind.${outcome.kind}`)}</strong>, {formatDate(outcome.occurredOn, language)}
              {outcome.notes && <> – {outcome.notes}</>}
            </li>
          ))}
        </ul>
      )}
      {plan.canEdit &&
        (adding ? (
        <form className="form" ref={formRef} onSubmit={submit} noValidate aria-busy={add.isPending} aria-labelledby="add-outcome-heading">
          <h3 id="add-outcome-heading" ref={headingRef} tabIndex={-1} className="heading-s">
            {t('outcome.addHeading')}
          </h3>
          <ErrorSummary key={form.focusKey} items={form.summary} />
          <SelectField
            id={fieldId('kind')}
            label={form.label('kind')}
            error={form.errorText('kind')}
            value={kind}
            onChange={setKind}
            emptyLabel={t('outcome.chooseKind')}
            options={OUTCOME_KINDS.map((value) => ({ value, label: t(`outcomeKind.${value}`) }))}
          />
          <DateField id={fieldId('occurredOn')} label={form.label('occurredOn')} error={form.errorText('occurredOn')} value={occurredOn} onChange={setOccurredOn} />
          <TextAreaField id={fieldId('notes')} label={form.label('notes')} error={form.errorText('notes')} value={notes} rows={3} onChange={setNotes} />
          <div className="button-group">
            <button type="submit" className="button" disabled={add.isPending}>
              {add.isPending ? t('common.saving') : t('outcome.add')}
            </button>
            <button type="button" className="button button--secondary" onClick={stopAdding}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
        ) : (
          <button ref={addButton} type="button" className="button button--secondary" onClick={startAdding}>
            {t('planPage.addOutcome')}
          </button>
        ))}
    </section>
  );
}
