import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { TextAreaField } from '@/shared/forms/fields';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useTransitionPartnership } from '../api/transitionPartnership';
import type { Partnership, PartnershipStatus } from '../model';
import { activationProblems } from './activation';
import { ConflictNotice, useConflict } from '@/shared/components/ConflictNotice';
import { usePartnershipLabels } from './labels';
import { PartnershipStatusTag } from './StatusTags';

const ORDER: PartnershipStatus[] = ['CONSULTATION', 'ACTIVE', 'DRAFT', 'DISSOLVED'];
const DISSOLVE_FIELDS = ['reason'] as const;

function ActivationRefused({ problems }: { problems: string[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="activation-refused-title" tabIndex={-1}>
      <h3 id="activation-refused-title" className="error-summary__title">
        {t('partnerships.activation.refusedTitle')}
      </h3>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>{t('partnerships.activation.refusedHint')}</p>
    </div>
  );
}

/** Dissolving a cooperation agreement on request: the reason is required (§ 5 ust. 4). */
function DissolveForm({ onSubmit, onCancel, pending }: { onSubmit: (reason: string) => void; onCancel: () => void; pending: boolean }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const form = useFormErrors('dissolution', DISSOLVE_FIELDS, () => 'dissolve-reason', 'partnerships.status.label');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      form.show([{ field: 'reason', code: 'required' }]);
      return;
    }
    form.clear();
    onSubmit(reason.trim());
  };
  return (
    <form className="form confirm-panel" onSubmit={submit} noValidate aria-labelledby="dissolve-heading">
      <h3 id="dissolve-heading" className="heading-s">
        {t('partnerships.status.dissolveHeading')}
      </h3>
      <ErrorSummary key={form.focusKey} items={form.summary} />
      <TextAreaField
        id="dissolve-reason"
        label={form.label('reason')}
        hint={t('partnerships.status.dissolveHint')}
        error={form.errorText('reason')}
        value={reason}
        rows={3}
        onChange={setReason}
      />
      <div className="button-group">
        <button type="submit" className="button button--warning" disabled={pending}>
          {t('partnerships.status.dissolveConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

interface StatusPanelProps {
  partnership: Partnership;
  onAnnounce: (message: string) => void;
  onReload: () => Promise<unknown>;
}

/**
 * The status and the transitions the caller may make now (the API's `permissions.transition`
 * and `allowedTransitions`); why activation is not possible yet, and why it was refused.
 */
export function StatusPanel({ partnership, onAnnounce, onReload }: StatusPanelProps) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const transition = useTransitionPartnership(partnership.id);
  const conflict = useConflict();
  const [dissolving, setDissolving] = useState(false);
  const [refused, setRefused] = useState<string[] | null>(null);
  const problems = activationProblems(partnership.activation.missing, t);
  const transitions = ORDER.filter((to) => partnership.allowedTransitions.includes(to));

  const move = (to: PartnershipStatus, reason?: string) => {
    setRefused(null);
    conflict.clear();
    transition.mutate(
      { version: partnership.version, to, reason },
      {
        onSuccess: (changed) => {
          setDissolving(false);
          onAnnounce(t('partnerships.status.changed', { status: labels.status(changed.status) }));
        },
        onError: (error) => {
          if (isApiError(error, 412)) conflict.stale();
          else if (to === 'ACTIVE' && isApiError(error, 422)) {
            // the API says what is missing; the detail is read again so the panel agrees with it
            void onReload();
            setRefused(activationProblems(error.problem?.errors ?? [], t));
          }
        },
      },
    );
  };

  const buttonLabel = (to: PartnershipStatus): string => {
    if (to === 'ACTIVE') return t('partnerships.status.transition.ACTIVE', { number: partnership.latestVersion });
    return t(`partnerships.status.transition.${to}`);
  };

  const otherError = transition.isError && !isApiError(transition.error, 412) && !(refused && isApiError(transition.error, 422));

  return (
    <section aria-labelledby="status-heading" className="section">
      <h2 id="status-heading" className="heading-m">
        {t('partnerships.status.heading')}
      </h2>
      <p>
        {t('partnerships.currentStatus')} <PartnershipStatusTag status={partnership.status} />
      </p>
      <p className="hint">{t(`partnerships.status.explain.${partnership.status}`)}</p>
      {partnership.status !== 'ACTIVE' && partnership.status !== 'DISSOLVED' && (
        <div className="inset-text">
          <p>
            {t('partnerships.activation.requirement')}{' '}
            {partnership.kind === 'PACT' ? t('partnerships.activation.pactRule') : t('partnerships.activation.agreementRule')}
          </p>
          {problems.length > 0 ? (
            <>
              <p>{t('partnerships.activation.notYet')}</p>
              <ul className="list list--bullet">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('partnerships.activation.met')}</p>
          )}
        </div>
      )}
      {partnership.kind === 'PACT' && partnership.status === 'ACTIVE' && <p className="hint">{t('partnerships.status.pactDissolution')}</p>}
      <ConflictNotice level={3} state={conflict.state} reloading={conflict.reloading} onReload={() => void conflict.reload(onReload)} />
      {refused && <ActivationRefused key={refused.join('|')} problems={refused} />}
      {otherError && <ApiErrorMessage error={transition.error} />}
      {partnership.permissions.transition && transitions.length > 0 && !dissolving && (
        <div className="button-group">
          {transitions.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'DISSOLVED' ? 'button button--warning' : to === 'ACTIVE' ? 'button' : 'button button--secondary'}
              disabled={transition.isPending}
              onClick={() => (to === 'DISSOLVED' ? setDissolving(true) : move(to))}
            >
              {buttonLabel(to)}
            </button>
          ))}
        </div>
      )}
      {dissolving && <DissolveForm pending={transition.isPending} onCancel={() => setDissolving(false)} onSubmit={(reason) => move('DISSOLVED', reason)} />}
      {!partnership.permissions.transition && partnership.status !== 'DISSOLVED' && (
        <p className="hint">{t('partnerships.status.whoMay', { name: partnership.initiator.name })}</p>
      )}
    </section>
  );
}
