import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { WarningText } from '@/shared/components/WarningText';
import { formatDate } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { SelectField, TextAreaField } from '@/shared/forms/fields';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { useAddReferent } from '../api/addReferent';
import { useHandOverPlan } from '../api/handOverPlan';
import { useColleagues } from '../api/listColleagues';
import type { Plan, Referent } from '../model';

const HANDOVER_FIELDS = ['toSubject', 'note'] as const;
type HandoverField = (typeof HANDOVER_FIELDS)[number];

interface HandoverFormProps {
  plan: Plan;
  referent: Referent;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Hands a case to a colleague of the same institution: choose the colleague (and a note), then
 * confirm, since the referent loses the case. The API records and audits the hand-over.
 */
export function HandoverForm({ plan, referent, onDone, onCancel }: HandoverFormProps) {
  const { t } = useTranslation();
  const colleagues = useColleagues();
  const handOver = useHandOverPlan(plan.id);
  const prefix = `handover-${referent.subject}`;
  const fieldId = (field: HandoverField) => `${prefix}-${field}`;
  const form = useFormErrors('handover', HANDOVER_FIELDS, fieldId, 'referents.label');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  // the heading of what is shown now (the choice, then the confirmation) takes the focus when it appears
  const focusOnMount = useCallback((heading: HTMLHeadingElement | null) => heading?.focus(), []);
  const options = (colleagues.data ?? []).filter((colleague) => colleague.subject !== referent.subject);
  const chosen = options.find((colleague) => colleague.subject === to);

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (!to) {
      form.show([{ field: 'toSubject', code: 'required' }]);
      return;
    }
    form.clear();
    setConfirming(true);
  };

  const confirm = () =>
    handOver.mutate(
      { fromSubject: referent.subject, toSubject: to, note: note.trim() || null },
      {
        onSuccess: () => onDone(t('referents.handedOver', { name: chosen?.displayName ?? '' })),
        onError: (error) => {
          setConfirming(false);
          form.show(submissionErrors(error, HANDOVER_FIELDS, t));
        },
      },
    );

  if (confirming && chosen) {
    return (
      <div className="form" role="group" aria-labelledby={`${prefix}-confirm-heading`}>
        <h4 id={`${prefix}-confirm-heading`} className="heading-s" tabIndex={-1} ref={focusOnMount}>
          {t('referents.confirmHeading')}
        </h4>
        <WarningText>{t('referents.confirm', { to: chosen.displayName, from: referent.name })}</WarningText>
        <div className="button-group">
          <button type="button" className="button button--warning" disabled={handOver.isPending} onClick={confirm}>
            {handOver.isPending ? t('common.saving') : t('referents.confirmButton')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            {t('referents.back')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="form" onSubmit={next} noValidate aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`} className="heading-s" tabIndex={-1} ref={focusOnMount}>
        {t('referents.formHeading')}
      </h4>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      {colleagues.isError && <ApiErrorMessage error={colleagues.error} onRetry={() => void colleagues.refetch()} />}
      {colleagues.data && options.length === 0 ? (
        <p>{t('referents.noColleagues')}</p>
      ) : (
        <>
          <SelectField
            id={fieldId('toSubject')}
            label={form.label('toSubject')}
            error={form.errorText('toSubject')}
            value={to}
            onChange={setTo}
            emptyLabel={colleagues.isPending ? t('area.loading') : t('referents.chooseColleague')}
            options={options.map((colleague) => ({ value: colleague.subject, label: colleague.displayName }))}
          />
          <TextAreaField id={fieldId('note')} label={t('referents.note')} hint={t('referents.noteHint')} error={form.errorText('note')} value={note} rows={2} onChange={setNote} />
        </>
      )}
      <div className="button-group">
        {options.length > 0 && (
          <button type="submit" className="button">
            {t('referents.next')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The caseworkers each team institution named; the caller names themselves or hands a case over. */
export function ReferentsSection({ plan, canChange, onAnnounce }: { plan: Plan; canChange: boolean; onAnnounce: (message: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const name = useAddReferent(plan.id);
  const [handingOver, setHandingOver] = useState<string | null>(null);
  const own = me.data?.institution?.id;
  const onTeam = own !== undefined && plan.team.some((member) => member.institution.id === own);
  const alreadyMine = plan.referents.some((referent) => referent.mine);
  const institutions = [...new Map(plan.referents.map((referent) => [referent.institution.id, referent.institution])).values()];

  return (
    <section aria-labelledby="referents-heading" className="section">
      <h2 id="referents-heading" className="heading-m">
        {t('referents.heading')}
      </h2>
      {plan.referents.length === 0 && <p>{t('referents.none')}</p>}
      {institutions.map((institution) => (
        <div key={institution.id}>
          <h3 className="heading-s">{institution.name}</h3>
          <ul className="list">
            {plan.referents
              .filter((referent) => referent.institution.id === institution.id)
              .map((referent) => (
                <li key={referent.subject}>
                  {referent.name} {referent.mine && t('referents.you')} <span className="hint">{t('referents.since', { date: formatDate(referent.since, language) })}</span>
                  {canChange && referent.canHandOver && handingOver !== referent.subject && (
                    <>
                      {' '}
                      <button type="button" className="button button--secondary button--small" onClick={() => setHandingOver(referent.subject)}>
                        {t('referents.handOver')}
                        <span className="visually-hidden">: {referent.name}</span>
                      </button>
                    </>
                  )}
                  {handingOver === referent.subject && (
                    <HandoverForm
                      plan={plan}
                      referent={referent}
                      onCancel={() => setHandingOver(null)}
                      onDone={(message) => {
                        setHandingOver(null);
                        onAnnounce(message);
                      }}
                    />
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
      {canChange && onTeam && !alreadyMine && me.data && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={name.isPending}
            onClick={() => name.mutate(me.data!.subject, { onSuccess: () => onAnnounce(t('referents.taken')) })}
          >
            {t('referents.take')}
          </button>
        </p>
      )}
      {name.isError && <ApiErrorMessage error={name.error} />}
    </section>
  );
}
